package org.ducha.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ducha.formats.DataFormat;
import org.ducha.model.Agreement;
import org.ducha.model.AgreementType;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.Certificate;
import org.ducha.model.CertificateType;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Employment;
import org.ducha.model.Equipment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentKind;
import org.ducha.model.EquipmentUse;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamScore;
import org.ducha.model.ExamSession;
import org.ducha.model.PracticalExamRecord;
import org.ducha.model.ExamSite;
import org.ducha.model.FormFields;
import org.ducha.model.FormRow;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.model.LegalForm;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.LessonRecord;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.model.PracticalRecord;
import org.ducha.model.PriorFinding;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;
import org.ducha.model.Roster;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.SelfInspection;
import org.ducha.model.StaffMember;
import org.ducha.model.StaffRole;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;
import org.ducha.model.TrainingKind;
import org.ducha.model.VolumeKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.core.JsonGenerator;

/**
 * Makes synthetic institutions at any scale: seeded and deterministic (institution {@code n} of a generator is the
 * same whatever else is generated, in whatever order), realistic in shape — the records a safety-training centre
 * keeps, as in the test kit's clean fixture, multiplied: staff enough to teach every class without double bookings,
 * classes of initial and refresher training, offline and blended, each with its teaching plan, sign-in sheets,
 * practical-training records, forms, exams and archive volumes — and with each {@link Defect} planted at its own rate.
 *
 * <p>Every institution is valid ({@code RecordValidator} finds no problem); at rate 0 for every defect no
 * first-party check finds anything, with the 2021–2022 campaign enabled. Institutions are built through the model's
 * builders, one at a time: a stream of them, or a JSON-lines file of any size written one line at a time, holds only
 * the institution being made.
 *
 * <pre>{@code
 * Generator g = Generator.builder().seed(42).scale(Scale.typical(100)).rate(Defect.HOURS_SHORT, 0.01).build();
 * g.institutions().forEach(...);                  // in memory
 * g.writeJsonLines(Path.of("big.jsonl"), 2L << 30); // or a file of about 2 GiB
 * }</pre>
 */
public final class Generator {

  /** The day every generated institution is inspected: during the 2021–2022 campaign, under AQ/T 8011-2016. */
  public static final LocalDate INSPECTION_DATE = LocalDate.of(2022, 4, 20);

  /** Classes are held in the {@value} days before the inspection (teacher and examiner certificates are valid then). */
  static final int SCHEDULE_DAYS = 760;

  private static final BigDecimal LESSON_HOURS = new BigDecimal("4");
  private static final LocalDate CERTIFIED = LocalDate.of(2020, 1, 1);
  private static final LocalDate CERTIFIED_UNTIL = LocalDate.of(2025, 12, 31);
  private static final List<OperationType> OPERATIONS = List.of(
      new OperationType("electrician-low-voltage", "低压电工作业", OperationCategory.SPECIAL_OPERATION),
      new OperationType("electrician-high-voltage", "高压电工作业", OperationCategory.SPECIAL_OPERATION),
      new OperationType("welding-thermal-cutting", "熔化焊接与热切割作业", OperationCategory.SPECIAL_OPERATION),
      new OperationType("work-at-height", "登高架设作业", OperationCategory.SPECIAL_OPERATION),
      new OperationType("refrigeration", "制冷与空调设备运行操作作业", OperationCategory.SPECIAL_OPERATION),
      new OperationType("coal-underground-electrical", "井下电气作业", OperationCategory.COAL_SPECIAL_OPERATION));
  private static final List<String> THEORY_COURSES = List.of("安全生产法律法规", "%s基础知识", "%s安全技术", "职业危害与个人防护",
      "事故案例分析", "应急处置与现场急救");
  private static final List<String> PRACTICAL_COURSES = List.of("%s实际操作", "%s设备检查与维护", "安全用具使用与现场处置");
  private static final List<ClassDocumentType> CLOSING_FORMS = List.of(ClassDocumentType.HEAD_TEACHER_LOG,
      ClassDocumentType.PLAN_EXECUTION_FORM, ClassDocumentType.ASSESSMENT_FORM, ClassDocumentType.EVALUATION_REPORT,
      ClassDocumentType.MANAGEMENT_SURVEY, ClassDocumentType.TEACHER_SATISFACTION_SURVEY, ClassDocumentType.TRAINEE_EVALUATION_FORM);

  static final String HEAD = "s-head";
  static final List<String> MANAGERS = List.of("s-m1", "s-m2", "s-m3");
  static final String EXTERNAL_TEACHER = "s-ext";
  static final String EXAM_ADMIN = "s-e1";
  static final List<String> EXAMINERS = List.of("s-x1", "s-x2");

  private final long seed;
  private final Scale scale;
  private final Map<Defect, Double> rates;

  private Generator(long seed, Scale scale, Map<Defect, Double> rates) {
    this.seed = seed;
    this.scale = scale;
    this.rates = rates;
  }

  /** A builder: seed 1, {@link Scale#typical} of 10 institutions, no defects. */
  public static Builder builder() {
    return new Builder();
  }

  /** The scale. */
  public Scale scale() {
    return scale;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The rate of {@code defect}. */
  public double rate(Defect defect) {
    return rates.getOrDefault(defect, 0d);
  }

  /** Institutions 0 to {@code scale().institutions() - 1}, made one at a time as the stream is read. */
  public Stream<Institution> institutions() {
    return IntStream.range(0, scale.institutions()).mapToObj(this::institution);
  }

  /** Sign-in sheet lines of {@code institution}: the unit of the throughput figures. */
  public static long signIns(Institution institution) {
    long n = 0;
    for (TrainingClass c : institution.classes()) {
      n += c.attendance().size();
    }
    return n;
  }

  /**
   * A writer of one institution per line, without indentation: what {@link DataFormat#JSON} writes, on one line. Its
   * own mapper, because formats carries its Jackson relocated inside its jar and a plain Jackson type cannot take it.
   * Identity numbers are written as the plain strings the reader expects (without this they came out as {@code {}},
   * and every institution failed to read).
   */
  public static ObjectWriter jsonLineWriter() {
    JsonInclude.Value nonAbsent = JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT);
    SimpleModule identityNumbers = new SimpleModule("identity-numbers").addSerializer(IdentityNumber.class,
        new ValueSerializer<IdentityNumber>() {
          @Override
          public void serialize(IdentityNumber value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.value());
          }
        });
    return JsonMapper.builder().changeDefaultPropertyInclusion(v -> nonAbsent).addModule(identityNumbers).build().writer();
  }

  /**
   * Writes institutions as JSON lines, one institution per line: the generator's {@code scale().institutions()}, or,
   * when {@code targetBytes} is positive, as many as it takes for the file to reach that size (beyond the scale's
   * count if need be). Holds one institution at a time.
   *
   * @return what was written
   */
  public Written writeJsonLines(Path file, long targetBytes) {
    ObjectWriter writer = jsonLineWriter();
    long bytes = 0;
    long signIns = 0;
    int n = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      while (targetBytes > 0 ? bytes < targetBytes : n < scale.institutions()) {
        Institution inst = institution(n++);
        byte[] line = writer.writeValueAsBytes(inst);
        out.write(line);
        out.write('\n');
        bytes += line.length + 1;
        signIns += signIns(inst);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return new Written(file, n, signIns, bytes);
  }

  /**
   * What {@link #writeJsonLines} wrote.
   *
   * @param file the file
   * @param institutions lines
   * @param signIns sign-in sheet lines in all
   * @param bytes the file's size
   */
  public record Written(Path file, int institutions, long signIns, long bytes) {}

  /** Institution {@code n}: depends only on the seed, the scale's shape, the rates and {@code n}. */
  public Institution institution(int n) {
    return new Making(n).institution();
  }

  /** Builds a {@link Generator}. */
  public static final class Builder {
    private long seed = 1;
    private Scale scale = Scale.typical(10);
    private final Map<Defect, Double> rates = new EnumMap<>(Defect.class);

    private Builder() {}

    /** The seed (default 1). */
    public Builder seed(long s) { this.seed = s; return this; }

    /** The scale (default {@link Scale#typical} of 10 institutions). */
    public Builder scale(Scale s) { this.scale = s; return this; }

    /** The rate of one defect, between 0 and 1 (default 0). */
    public Builder rate(Defect defect, double rate) {
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException("rate of " + defect + " must be between 0 and 1: " + rate);
      }
      rates.put(defect, rate);
      return this;
    }

    /** The same rate for every defect. */
    public Builder allRates(double rate) {
      for (Defect d : Defect.values()) {
        rate(d, rate);
      }
      return this;
    }

    /** The generator. */
    public Generator build() {
      return new Generator(seed, scale, Map.copyOf(rates));
    }
  }

  /** The making of one institution: two random streams, one for the records and one for the defects. */
  private final class Making {
    private final int n;
    private final Random random;
    private final Random defects;
    /** A third stream for the people shared with the institution before, so that planting them changes no other defect. */
    private final Random sharing;
    private final String prefix;
    private final List<OperationType> operations;
    private final int tracks;
    private final int span;
    private final boolean examSite;

    Making(int n) {
      this.n = n;
      this.random = new Random(mix(seed, n, 0));
      this.defects = new Random(mix(seed, n, 1));
      this.sharing = new Random(mix(seed, n, 2));
      this.prefix = String.format("%06d", n);
      List<OperationType> ops = new ArrayList<>(OPERATIONS);
      java.util.Collections.shuffle(ops, random);
      this.operations = List.copyOf(ops.subList(0, 2 + random.nextInt(2)));
      int days = (scale.lessonsPerClass() + 1) / 2;
      this.span = days + 2; // the lessons, the exam day, a free day
      int perTrack = Math.max(1, (SCHEDULE_DAYS - 1) / span);
      this.tracks = (scale.classesPerInstitution() + perTrack - 1) / perTrack;
      this.examSite = random.nextInt(10) < 6;
    }

    private boolean planted(Defect d) {
      double r = rate(d);
      return r > 0 && defects.nextDouble() < r;
    }

    Institution institution() {
      String name = Names.CITIES.get(n % Names.CITIES.size()) + Names.DISTRICTS.get((n / Names.CITIES.size()) % Names.DISTRICTS.size())
          + "安全技术培训中心";
      Institution.Builder b = Institution.builder()
          .id("inst-" + prefix)
          .name(name)
          .legalForm(random.nextBoolean() ? LegalForm.PUBLIC_INSTITUTION_LEGAL_PERSON : LegalForm.ENTERPRISE_LEGAL_PERSON)
          .inspectedOn(INSPECTION_DATE)
          .headId(HEAD);
      if (examSite) {
        b.examSite(new ExamSite(name + "考试点", Optional.of(EXAM_ADMIN), Optional.of("考务科"), List.of("room-x1", "room-p1")));
      }
      b.operationTypes.addAll(operations);
      b.documents.addAll(documents());
      b.selfInspections.add(new SelfInspection(LocalDate.of(2022, 2, 15), "培训档案、师资、实操设备全面自查"));
      b.agreements.add(new Agreement("ag-med", AgreementType.MEDICAL_RESCUE, Names.CITIES.get(n % Names.CITIES.size()) + "人民医院",
          LocalDate.of(2021, 6, 1), Optional.of(LocalDate.of(2023, 5, 31))));
      b.agreements.add(new Agreement("ag-log", AgreementType.LOGISTICS, name.substring(0, 2) + "后勤服务有限公司",
          LocalDate.of(2021, 6, 1), Optional.of(LocalDate.of(2023, 5, 31))));
      b.staff.addAll(withIdentityNumbers(staff()));
      b.rosters.addAll(rosters());
      for (int k = 0; k < scale.classesPerInstitution(); k++) {
        b.classes.add(trainingClass(k));
      }
      b.rooms.addAll(rooms());
      for (OperationType op : operations) {
        b.equipment.add(equipment("eq-" + op.code() + "-bench", op.name() + "实训考核台", op, EquipmentKind.PHYSICAL));
        b.equipment.add(equipment("eq-" + op.code() + "-smart", op.name() + "智能考核装置", op, EquipmentKind.SMART_SIMULATOR));
      }
      b.priorFindings.add(new PriorFinding("pf-1", "省应急管理厅", LocalDate.of(2021, 11, 10), "实操实训记录不完整",
          LocalDate.of(2022, 1, 31), Optional.of(LocalDate.of(2022, 1, 20))));
      if (examSite && planted(Defect.TRAINING_EXAM_STAFF)) {
        trainingStaffExamines(b);
      }
      return b.build();
    }

    /** A teacher of the training staff also serves the exam site: on its roster, or examining a class. */
    private void trainingStaffExamines(Institution.Builder b) {
      String teacher = teacher(defects.nextInt(tracks), defects.nextBoolean());
      if (defects.nextBoolean()) {
        for (int i = 0; i < b.rosters.size(); i++) {
          Roster r = b.rosters.get(i);
          if (r.type() == RosterType.EXAM_STAFF) {
            List<RosterEntry> entries = new ArrayList<>(r.entries());
            entries.add(new RosterEntry(teacher, StaffRole.EXAMINER, false));
            b.rosters.set(i, new Roster(r.id(), r.type(), r.updatedOn(), entries));
          }
        }
      } else {
        // One of the latest classes, whose exam is recent enough to show who examines at the site now.
        TrainingClass c = b.classes.get(b.classes.size() - 1 - defects.nextInt(Math.min(tracks, b.classes.size())));
        b.mapClass(c.id(), tc -> tc.with(cb -> {
          ExamSession s = cb.exams.get(0);
          List<String> examiners = List.of(EXAMINERS.get(0), teacher);
          cb.exams.set(0, new ExamSession(s.id(), s.kind(), s.date(), examiners, s.scores(), examiners, s.equipmentIds()));
          return cb;
        }));
      }
    }

    private List<Document> documents() {
      List<Document> docs = new ArrayList<>();
      String no = "安培〔2021〕";
      docs.add(new Document("doc-rules-training", DocumentType.TRAINING_MANAGEMENT_RULES, "安全培训管理制度", Optional.of(no + "5号"),
          Optional.of(LocalDate.of(2021, 3, 1)), 12, true, List.of()));
      if (examSite) {
        docs.add(new Document("doc-rules-exam", DocumentType.EXAM_MANAGEMENT_RULES, "考试管理制度", Optional.of(no + "6号"),
            Optional.of(LocalDate.of(2021, 3, 1)), 8, true, List.of()));
      }
      docs.add(new Document("doc-rules-archive", DocumentType.ARCHIVE_MANAGEMENT_RULES, "培训档案管理制度", Optional.of(no + "7号"),
          Optional.of(LocalDate.of(2021, 3, 1)), 4, true, List.of()));
      docs.add(new Document("doc-campaign-plan", DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN, "安全生产培训“走过场”专项整治工作实施方案",
          Optional.of(no + "20号"), Optional.of(LocalDate.of(2021, 12, 1)), 4 + random.nextInt(6), true, List.of()));
      docs.add(new Document("doc-campaign-problems", DocumentType.CAMPAIGN_PROBLEM_LIST, "“走过场”专项整治问题清单", Optional.empty(),
          Optional.of(LocalDate.of(2022, 1, 10)), 3, true, List.of()));
      docs.add(new Document("doc-self-inspection", DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT, "专项整治自查报告", Optional.empty(),
          Optional.of(LocalDate.of(2022, 2, 20)), 4, true, List.of()));
      docs.add(new Document("doc-emergency", DocumentType.EMERGENCY_PLAN, "培训过程突发事件应急预案", Optional.of("安培〔2020〕11号"),
          Optional.of(LocalDate.of(2020, 6, 1)), 10, true, List.of(LocalDate.of(2021, 9, 1))));
      if (examSite) {
        docs.add(new Document("doc-separation", DocumentType.EXAM_SEPARATION_SCHEME, "培训与考试分离管理方案", Optional.of(no + "8号"),
            Optional.of(LocalDate.of(2021, 5, 1)), 3, true, List.of()));
      }
      docs.add(new Document("doc-fees", DocumentType.FEE_SCHEDULE_NOTICE, "培训收费标准公示", Optional.empty(),
          Optional.of(LocalDate.of(2022, 1, 5)), 1, true, List.of()));
      docs.add(new Document("doc-equipment-ledger", DocumentType.EQUIPMENT_LEDGER, "实操实训设备台账", Optional.empty(),
          Optional.of(LocalDate.of(2022, 1, 5)), 6, true, List.of()));
      return docs;
    }

    private String teacher(int track, boolean first) {
      return "s-t" + track + (first ? "a" : "b");
    }

    private String instructor(int track) {
      return "s-p" + track;
    }

    private List<String> specialties() {
      return operations.stream().map(OperationType::code).toList();
    }

    private StaffMember person(String id, Employment employment, List<String> specialties, List<Certificate> certs) {
      return new StaffMember(id, Names.person(random), employment, Optional.empty(), specialties, certs,
          LocalDate.of(2010 + random.nextInt(8), 1 + random.nextInt(12), 1), Optional.empty(), Optional.of(6 + random.nextInt(20)));
    }

    private Certificate certificate(CertificateType type, String number, String op) {
      return new Certificate(type, number, Optional.ofNullable(op), CERTIFIED, Optional.of(CERTIFIED_UNTIL));
    }

    private Employment formal() {
      return random.nextBoolean() ? Employment.PUBLIC_INSTITUTION_CONTRACT : Employment.LABOUR_CONTRACT;
    }

    private List<StaffMember> staff() {
      List<StaffMember> staff = new ArrayList<>();
      staff.add(person(HEAD, Employment.PUBLIC_INSTITUTION_CONTRACT, List.of(), List.of()));
      for (String m : MANAGERS) {
        staff.add(person(m, formal(), List.of(), List.of()));
      }
      int certificate = 0;
      for (int t = 0; t < tracks; t++) {
        for (boolean first : new boolean[] {true, false}) {
          staff.add(person(teacher(t, first), formal(), specialties(),
              List.of(certificate(CertificateType.TEACHER, "JS-" + prefix + "-" + ++certificate, null))));
        }
        List<Certificate> certs = new ArrayList<>();
        for (OperationType op : operations) {
          certs.add(certificate(CertificateType.SPECIAL_OPERATION, "T-" + prefix + "-" + ++certificate, op.code()));
        }
        staff.add(person(instructor(t), formal(), specialties(), certs));
      }
      staff.add(person(EXTERNAL_TEACHER, Employment.ENGAGED, specialties(),
          List.of(certificate(CertificateType.TEACHER, "JS-" + prefix + "-" + ++certificate, null))));
      staff.add(person(EXAM_ADMIN, Employment.PUBLIC_INSTITUTION_CONTRACT, List.of(), List.of()));
      for (String x : EXAMINERS) {
        staff.add(person(x, formal(), specialties(),
            List.of(certificate(CertificateType.EXAMINER, "KP-" + prefix + "-" + ++certificate, null))));
      }
      return staff;
    }

    /** Gives each staff member an identity number; under {@link Defect#SHARED_STAFF}, some the institution before's. */
    private List<StaffMember> withIdentityNumbers(List<StaffMember> staff) {
      boolean shared = n > 0 && rate(Defect.SHARED_STAFF) > 0 && sharing.nextDouble() < rate(Defect.SHARED_STAFF);
      boolean sharedSite = shared && examSite && new Making(n - 1).examSite;
      List<StaffMember> out = new ArrayList<>(staff.size());
      for (int i = 0; i < staff.size(); i++) {
        StaffMember s = staff.get(i);
        boolean before = shared && s.id().equals(teacher(0, true)) || sharedSite && s.id().equals(EXAMINERS.get(0));
        out.add(s.withIdentityNumber(identityNumber(before ? n - 1 : n, STAFF_NUMBERS + i)));
      }
      return out;
    }

    private List<Roster> rosters() {
      LocalDate updated = LocalDate.of(2022, 3, 1);
      List<RosterEntry> training = new ArrayList<>();
      training.add(new RosterEntry(HEAD, StaffRole.HEAD, true));
      for (String m : MANAGERS) {
        training.add(new RosterEntry(m, StaffRole.MANAGER, true));
        training.add(new RosterEntry(m, StaffRole.HEAD_TEACHER, false));
      }
      for (int t = 0; t < tracks; t++) {
        training.add(new RosterEntry(teacher(t, true), StaffRole.TEACHER, true));
        training.add(new RosterEntry(teacher(t, false), StaffRole.TEACHER, true));
        training.add(new RosterEntry(instructor(t), StaffRole.PRACTICAL_INSTRUCTOR, true));
      }
      training.add(new RosterEntry(EXTERNAL_TEACHER, StaffRole.TEACHER, false));
      List<Roster> rosters = new ArrayList<>();
      rosters.add(new Roster("roster-training", RosterType.TRAINING_STAFF, updated, training));
      if (examSite) {
        List<RosterEntry> exam = new ArrayList<>();
        exam.add(new RosterEntry(EXAM_ADMIN, StaffRole.EXAM_ADMINISTRATOR, true));
        for (String x : EXAMINERS) {
          exam.add(new RosterEntry(x, StaffRole.EXAMINER, true));
        }
        rosters.add(new Roster("roster-exam", RosterType.EXAM_STAFF, updated, exam));
      }
      return rosters;
    }

    private List<Room> rooms() {
      int seats = Math.max(64, scale.traineesPerClass());
      List<Room> rooms = new ArrayList<>();
      rooms.add(new Room("room-c1", "第一理论教室", RoomKind.THEORY_CLASSROOM, BigDecimal.valueOf(seats * 2L), seats, true, true, false, List.of()));
      if (examSite) {
        rooms.add(new Room("room-x1", "计算机考试机房", RoomKind.COMPUTER_EXAM_ROOM, new BigDecimal("90"), 40, true, true, true, List.of()));
        rooms.add(new Room("room-p1", "实操考试室", RoomKind.PRACTICAL_EXAM_ROOM, new BigDecimal("150"), 12, true, true, true, specialties()));
      }
      for (OperationType op : operations) {
        rooms.add(new Room("site-" + op.code(), op.name() + "实训场地", RoomKind.PRACTICAL_TRAINING_SITE, new BigDecimal("200"), 30,
            true, true, false, List.of(op.code())));
      }
      return rooms;
    }

    private Equipment equipment(String id, String name, OperationType op, EquipmentKind kind) {
      int year = INSPECTION_DATE.getYear() - 1 - random.nextInt(6);
      EquipmentCondition condition = EquipmentCondition.GOOD;
      if (planted(Defect.OUTDATED_EQUIPMENT)) {
        if (defects.nextBoolean()) {
          year = INSPECTION_DATE.getYear() - 11 - defects.nextInt(5);
        } else {
          condition = EquipmentCondition.WORN;
        }
      }
      return new Equipment(id, name, List.of(op.code()), kind, Set.of(EquipmentUse.TRAINING, EquipmentUse.EXAM), year, condition,
          2 + random.nextInt(8));
    }

    private TrainingClass trainingClass(int k) {
      int track = k % tracks;
      // Classes follow one another in each track, the last ending two days before the inspection.
      int slots = (scale.classesPerInstitution() + tracks - 1) / tracks;
      LocalDate start = INSPECTION_DATE.minusDays((long) (slots - k / tracks) * span);
      int days = (scale.lessonsPerClass() + 1) / 2;
      LocalDate end = start.plusDays(days);
      OperationType op = operations.get(k % operations.size());
      boolean blended = k % 3 == 2;
      String id = "c-" + (k + 1);
      String enterprise = Names.enterprise(random);
      TrainingClass.Builder c = TrainingClass.builder().id(id)
          .name(op.name() + (blended ? "复训班" : "初训班") + "（第" + (k + 1) + "期）")
          .operationType(op.code())
          .kind(blended ? TrainingKind.REFRESHER : TrainingKind.INITIAL)
          .mode(blended ? DeliveryMode.BLENDED : DeliveryMode.OFFLINE)
          .start(start).end(end)
          .headTeacherId(MANAGERS.get(k % MANAGERS.size()));
      if (!blended) {
        c.commissionedBy(enterprise);
      }
      String physical = "eq-" + op.code() + "-bench";
      String smart = "eq-" + op.code() + "-smart";

      List<Lesson> lessons = new ArrayList<>();
      for (int i = 0; i < scale.lessonsPerClass(); i++) {
        LocalDate day = start.plusDays(i / 2);
        boolean morning = i % 2 == 0;
        LocalTime from = morning ? LocalTime.of(8, 30) : LocalTime.of(14, 0);
        boolean practical = i % 4 == 3;
        boolean online = blended && !practical && i / 2 == 0;
        String teacher = practical ? instructor(track) : online && i == 0 ? EXTERNAL_TEACHER : teacher(track, i % 4 < 2);
        String course = practical ? PRACTICAL_COURSES.get((i / 4) % PRACTICAL_COURSES.size())
            : THEORY_COURSES.get((i - i / 4) % THEORY_COURSES.size());
        lessons.add(new Lesson("l" + (i + 1), day, from, from.plusHours(3), String.format(course, op.name()), teacher, LESSON_HOURS,
            practical ? LessonKind.PRACTICAL : LessonKind.THEORY, online ? DeliveryMode.ONLINE : DeliveryMode.OFFLINE));
      }
      c.lessons.addAll(lessons);

      Set<String> names = new HashSet<>();
      List<String> traineeIds = new ArrayList<>();
      for (int j = 0; j < scale.traineesPerClass(); j++) {
        String name;
        do {
          name = Names.person(random);
        } while (!names.add(name));
        String tid = "tr-" + (k + 1) + "-" + (j + 1);
        traineeIds.add(tid);
        boolean shared = n > 0 && rate(Defect.SHARED_TRAINEE) > 0 && sharing.nextDouble() < rate(Defect.SHARED_TRAINEE);
        IdentityNumber number = identityNumber(shared ? n - 1 : n, k * scale.traineesPerClass() + j);
        c.trainees.add(new Trainee(tid, name, Optional.of(blended ? Names.enterprise(random) : enterprise), Optional.of(number),
            Optional.of(op.code())));
      }

      attendance(c, MANAGERS.get(k % MANAGERS.size()), lessons, traineeIds, days);
      for (Lesson l : lessons) {
        c.lessonRecords.add(new LessonRecord(l.id(), l.date(), l.course(), l.teacherId(), true));
        if (l.kind() == LessonKind.PRACTICAL) {
          c.practicalRecords.add(new PracticalRecord("pr-" + l.id(), l.date(), Optional.of(l.id()), l.teacherId(), List.of(physical),
              traineeIds));
        }
      }
      forms(c, id, lessons, traineeIds, end, blended, start);
      exams(c, id, traineeIds, end, physical, smart, blended);
      return c.build();
    }

    /** Every trainee signs in and out for every lesson, but for the planted defects. */
    private void attendance(TrainingClass.Builder c, String headTeacher, List<Lesson> lessons, List<String> trainees, int days) {
      for (String t : trainees) {
        if (planted(Defect.SCORE_WITHOUT_ATTENDANCE)) {
          continue;
        }
        LocalDate leave = null;
        if (days >= 2 && planted(Defect.HOURS_SHORT)) {
          leave = lessons.get(0).date().plusDays(defects.nextInt(days));
          c.leaveNotes.add(new LeaveNote(t, leave, leave, "病假", Optional.of(headTeacher)));
        }
        for (Lesson l : lessons) {
          if (l.date().equals(leave)) {
            continue;
          }
          boolean online = l.mode() == DeliveryMode.ONLINE;
          AttendanceMethod method = online ? AttendanceMethod.ONLINE_PLATFORM : AttendanceMethod.FACE;
          Optional<LocalTime> in = Optional.of(l.start().minusMinutes(5 + random.nextInt(20)));
          Optional<LocalTime> out = Optional.of(l.end().plusMinutes(random.nextInt(10)));
          if (planted(Defect.MISSING_SIGN_IN)) {
            if (defects.nextBoolean()) {
              continue;
            }
            c.attendance.add(new AttendanceEntry(t, l.id(), false, Optional.empty(), true, out, method));
          } else {
            c.attendance.add(new AttendanceEntry(t, l.id(), true, in, true, out, method));
          }
        }
      }
    }

    private void forms(TrainingClass.Builder c, String id, List<Lesson> lessons, List<String> trainees, LocalDate end, boolean blended,
        LocalDate start) {
      Map<String, String> appraisal = Map.of(FormFields.HEAD_TEACHER_APPRAISAL, "学习认真，考核合格", FormFields.INSTITUTION_OPINION, "同意结业");
      List<FormRow> rows = new ArrayList<>();
      for (Lesson l : lessons) {
        rows.add(new FormRow(Optional.of(l.id()), l.course(), Optional.of(l.hours()), Optional.of(l.teacherId()), true));
      }
      ClassDocumentType missing = planted(Defect.MISSING_ARCHIVE_FORM) ? CLOSING_FORMS.get(defects.nextInt(CLOSING_FORMS.size())) : null;
      List<ClassDocument> docs = new ArrayList<>();
      if (!blended) {
        docs.add(form(id + "-entrust", ClassDocumentType.ENTRUSTMENT_AGREEMENT, start.minusDays(10), Map.of(), List.of()));
      }
      docs.add(form(id + "-log", ClassDocumentType.HEAD_TEACHER_LOG, end, Map.of(), List.of()));
      docs.add(form(id + "-exec", ClassDocumentType.PLAN_EXECUTION_FORM, end, Map.of(), rows));
      docs.add(form(id + "-assess", ClassDocumentType.ASSESSMENT_FORM, end, appraisal, List.of()));
      for (String t : trainees) {
        docs.add(new ClassDocument(id + "-card-" + t, ClassDocumentType.ARCHIVE_CARD, Optional.of(t), Optional.of(end), true, appraisal,
            List.of()));
      }
      docs.add(form(id + "-eval", ClassDocumentType.EVALUATION_REPORT, end, Map.of(FormFields.CONCLUSION, "培训组织规范，达到培训目标"), List.of()));
      docs.add(form(id + "-survey-mgmt", ClassDocumentType.MANAGEMENT_SURVEY, end, Map.of(), List.of()));
      docs.add(form(id + "-survey-teacher", ClassDocumentType.TEACHER_SATISFACTION_SURVEY, end, Map.of(), List.of()));
      docs.add(form(id + "-survey-trainee", ClassDocumentType.TRAINEE_EVALUATION_FORM, end, Map.of(), List.of()));
      if (blended) {
        docs.add(form(id + "-online", ClassDocumentType.ONLINE_LEARNING_RECORD, end, Map.of(), List.of()));
      }
      if (missing != null) {
        docs.removeIf(d -> d.type() == missing || missing == ClassDocumentType.ASSESSMENT_FORM && d.type() == ClassDocumentType.ARCHIVE_CARD);
      }
      c.documents.addAll(docs);
    }

    private ClassDocument form(String id, ClassDocumentType type, LocalDate dated, Map<String, String> fields, List<FormRow> rows) {
      return new ClassDocument(id, type, Optional.empty(), Optional.of(dated), true, fields, rows);
    }

    private void exams(TrainingClass.Builder c, String id, List<String> trainees, LocalDate day, String physical, String smart,
        boolean blended) {
      List<ExamScore> theory = new ArrayList<>();
      List<ExamScore> practical = new ArrayList<>();
      for (String t : trainees) {
        theory.add(new ExamScore(t, BigDecimal.valueOf(70 + random.nextInt(31)), 1));
        practical.add(new ExamScore(t, BigDecimal.valueOf(70 + random.nextInt(31)), 1));
      }
      c.exams.add(new ExamSession(id + "-exam-theory", ExamKind.THEORY, day, EXAMINERS, theory, EXAMINERS, List.of()));
      List<PracticalExamRecord> examined = new ArrayList<>(trainees.size());
      for (int i = 0; i < trainees.size(); i++) {
        LocalTime from = LocalTime.of(8, 0).plusMinutes(i % 48 * 10L);
        examined.add(new PracticalExamRecord(trainees.get(i), i % 2 == 0 ? physical : smart, Optional.of(from),
            Optional.of(from.plusMinutes(10)), EXAMINERS.get(i % EXAMINERS.size())));
      }
      c.exams.add(new ExamSession(id + "-exam-practical", ExamKind.PRACTICAL, day, EXAMINERS, practical, EXAMINERS,
          List.of(physical, smart), examined));
      List<String> training = new ArrayList<>();
      String assessment = null;
      String online = null;
      for (ClassDocument d : c.documents) {
        if (d.type() == ClassDocumentType.ONLINE_LEARNING_RECORD) {
          online = d.id();
        } else {
          training.add(d.id());
        }
        if (d.type() == ClassDocumentType.ASSESSMENT_FORM) {
          assessment = d.id();
        }
      }
      List<String> exam = new ArrayList<>(List.of(id + "-exam-theory", id + "-exam-practical"));
      if (assessment != null) {
        exam.add(assessment);
      }
      c.archive.add(new ArchiveVolume(id + "-vol-training", VolumeKind.TRAINING, true, training));
      c.archive.add(new ArchiveVolume(id + "-vol-exam", VolumeKind.EXAM, true, exam));
      if (blended && online != null) {
        c.archive.add(new ArchiveVolume(id + "-vol-online", VolumeKind.ONLINE, true, List.of(online)));
      }
    }
  }

  /** A seed for institution {@code n}'s stream {@code stream}: a SplitMix64 finaliser of the three. */
  /** Where staff members' identity numbers start among the person numbers of an institution (trainees come first). */
  private static final int STAFF_NUMBERS = 90_000;

  /**
   * The identity number of person {@code person} of institution {@code n}: unique for {@code person} below 120,000, a
   * valid GB 11643-1999 number (address code 14xxxx, a birth date from 1960, the check digit), computed without any
   * random stream so that another institution can name the same person.
   */
  static IdentityNumber identityNumber(int n, int person) {
    LocalDate birth = LocalDate.of(1960, 1, 1).plusDays((long) (n / 10_000) * 120 + person / 1000);
    return IdentityNumber.withCheckDigit(String.format("%06d%04d%02d%02d%03d", 140_000 + n % 10_000, birth.getYear(),
        birth.getMonthValue(), birth.getDayOfMonth(), person % 1000));
  }

  static long mix(long seed, int n, int stream) {
    long z = seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
