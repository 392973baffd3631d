package org.ducha.examples.campaign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ducha.formats.DataFormat;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.Certificate;
import org.ducha.model.CertificateType;
import org.ducha.model.ClassDocument;
import org.ducha.model.DocumentType;
import org.ducha.model.ExamSession;
import org.ducha.model.Hazard;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonRecord;
import org.ducha.model.StaffMember;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;

/**
 * The records of an invented inspection of 2024 that shows, one institution each, the typical violations the national
 * campaign against training that "goes through the motions" (安全培训“走过场”专项整治) was about, and one clean
 * institution.
 *
 * <p>Every institution starts from the test kit's clean institution ({@link Fixtures#cleanInstitution()}), moved
 * forward by {@link #SHIFT} so that its classes fall in July and August 2024 and it is inspected on
 * {@link #INSPECTED_ON}, under AQ 8011-2023 (in force from 1 July 2024: 45-minute class hours offline, emergency plans
 * covering fire, crowd crush and electric shock). Every person carries an invented identity number, valid under
 * GB 11643, and every trainee the operation type of the class. Then ONE story changes the records that show the
 * violation; each story is a method here named after it. Three violations need two institutions (one person at
 * two places at once): each is told as a pair, and both institutions of the pair show it.
 *
 * <p>{@code main} writes the data files: {@code inspection.yaml} and one file per institution, numbered
 * ({@code 01-clean-centre.yaml} …).
 */
public final class CampaignCases {
  private CampaignCases() {}

  /** The id of the inspection. */
  public static final String INSPECTION_ID = "campaign-cases-2024";

  /** The file of the inspection. */
  public static final String INSPECTION_FILE = "inspection.yaml";

  /** The day every institution is inspected: after 1 July 2024, so AQ 8011-2023 applies. */
  public static final LocalDate INSPECTED_ON = LocalDate.of(2024, 9, 20);

  /** How far the clean institution's records are moved: its inspection day 2022-04-20 becomes {@link #INSPECTED_ON}. */
  public static final Period SHIFT = Period.ofYears(2).plusMonths(5);

  /** The offline low-voltage electrician class (7–9 August 2024, exams on 10 August). */
  public static final String CLASS_OFFLINE = "c-lv-2024-08";

  /** The blended refresher class of underground electrical work (21–22 July 2024, exams on 23 July). */
  public static final String CLASS_BLENDED = "c-coal-2024-07";

  /** The invented city of every institution. */
  private static final String CITY = "临河市";

  /** An institution of the inspection: its id, name and story. */
  private record Case(String id, String name, UnaryOperator<Institution> story) {}

  /** The institutions in file order; the serial of each (1-based) makes its people's identity numbers. */
  private static final List<Case> CASES = List.of(
      new Case("clean-centre", "临河市安全技术培训中心", i -> i),
      new Case("compressed-lesson", "临河市东城职业技能培训学校", CampaignCases::compressedLesson),
      new Case("hours-short", "临河市西城安全培训中心", CampaignCases::traineesLeftEarly),
      new Case("day-overfilled", "临河市北关电力培训中心", CampaignCases::twelveClassHoursInOneDay),
      new Case("forged-presence", "临河市南湖技工学校", CampaignCases::twoLessonsAtOnce),
      new Case("short-lesson-record", "临河市新区职业培训学校", CampaignCases::lessonRecordTooShort),
      new Case("trainee-double-a", "临河市滨河安全培训中心", CampaignCases::traineeAtTwoInstitutions),
      new Case("trainee-double-b", "临河市河口职业培训学校", CampaignCases::traineeAtTwoInstitutions),
      new Case("teacher-double-a", "临河市矿山安全培训中心", CampaignCases::teacherAtTwoInstitutions),
      new Case("teacher-double-b", "临河市建安职业培训学校", CampaignCases::teacherAtTwoInstitutions),
      new Case("examiner-double-a", "临河市第一安全技术考试中心", CampaignCases::examinerAtTwoSites),
      new Case("examiner-double-b", "临河市第二安全技术考试中心", CampaignCases::examinerAtTwoSites),
      new Case("identity-two-names", "临河市恒安培训中心", CampaignCases::oneIdentityNumberTwoNames),
      new Case("practical-exam-not-held", "临河市华电技能培训中心", CampaignCases::practicalExamNotHeld),
      new Case("fees-unpublished", "临河市安泰培训学校", CampaignCases::feesNotPublished),
      new Case("mixed-class", "临河市众诚职业培训学校", CampaignCases::mixedClass),
      new Case("emergency-plan", "临河市宏达安全培训中心", CampaignCases::emergencyPlanNotToGuideline),
      new Case("no-equipment-ledger", "临河市鑫源实训基地", CampaignCases::noEquipmentLedger),
      new Case("exam-drilling", "临河市捷通驾驶与安全培训学校", CampaignCases::examQuestionsTaught),
      new Case("expired-teacher-certificate", "临河市康泰安全培训中心", CampaignCases::teacherCertificateExpired));

  // ---------------------------------------------------------------- the stories

  /**
   * 压缩培训学时: lesson l3 of the offline class (8 August, 4 class hours) is timetabled 08:30–10:00, 90 minutes, where
   * four class hours of 45 minutes need 180 (AQ 8011-2023 §4.4). The trainees signed in and out for those 90 minutes.
   */
  static Institution compressedLesson(Institution inst) {
    inst = Mutations.mapLesson(inst, CLASS_OFFLINE, "l3", l -> timed(l, l.start(), LocalTime.of(10, 0)));
    return Mutations.mapAttendance(inst, CLASS_OFFLINE, e -> e.lessonId().equals("l3"),
        e -> times(e, LocalTime.of(8, 20), LocalTime.of(10, 5)));
  }

  /**
   * 学时不足 by the clock: on 7 August two trainees of the offline class, 陈晨 and 杨帆, signed out of lesson l1
   * (08:30–11:30, 4 class hours) at 10:00: 90 minutes count for 2 class hours, and they were examined 2 class hours
   * short.
   */
  static Institution traineesLeftEarly(Institution inst) {
    return Mutations.mapAttendance(inst, CLASS_OFFLINE,
        e -> e.lessonId().equals("l1") && (e.traineeId().equals("tr-02") || e.traineeId().equals("tr-03")),
        e -> times(e, e.signInTime().orElseThrow(), LocalTime.of(10, 0)));
  }

  /**
   * More class hours in a day than a day holds: lesson l3 of the offline class is moved from the morning of 8 August to
   * the evening of 7 August (18:30–21:30), so every trainee is credited 12 class hours on 7 August (at most 8).
   */
  static Institution twelveClassHoursInOneDay(Institution inst) {
    return move(inst, CLASS_OFFLINE, "l3", LocalDate.of(2024, 8, 7), LocalTime.of(18, 30));
  }

  /**
   * Forged presence: lesson l2 of the offline class is moved to the morning of 7 August, at the same hours as l1
   * (08:30–11:30) with another teacher, and every trainee signed both sheets: 8 class hours (360 minutes) credited
   * between a sign-in at 08:20 and a sign-out at 11:35.
   */
  static Institution twoLessonsAtOnce(Institution inst) {
    return move(inst, CLASS_OFFLINE, "l2", LocalDate.of(2024, 8, 7), LocalTime.of(8, 30));
  }

  /**
   * The teacher's side of compressed hours: the lesson record of l4 (practical, 8 August, 4 class hours) gives the
   * times 14:00–15:00, 60 minutes for four class hours; the timetable and the trainees' sheet say 14:00–17:00.
   */
  static Institution lessonRecordTooShort(Institution inst) {
    return Mutations.mapLessonRecord(inst, CLASS_OFFLINE, "l4", r -> new LessonRecord(r.lessonId(), r.date(), r.topic(),
        r.teacherId(), r.teacherSigned(), Optional.of(LocalTime.of(14, 0)), Optional.of(LocalTime.of(15, 0))));
  }

  /**
   * One person signed in at two institutions at once: the first trainee of the offline class, 刘洋, is enrolled under
   * the same identity number in the same class of the pair's other institution, whose lessons take place at the
   * same hours; both sheets have him signed in.
   */
  static Institution traineeAtTwoInstitutions(Institution inst) {
    return Mutations.traineeIdentity(inst, CLASS_OFFLINE, "tr-01", SHARED_TRAINEE);
  }

  /**
   * A teacher teaching at two institutions at once: 周伟 (teacher s-t1) carries the same identity number in both
   * institutions of the pair, and teaches lessons l1 and l3 of the offline class in both, at the same hours.
   */
  static Institution teacherAtTwoInstitutions(Institution inst) {
    return Mutations.staffIdentity(inst, Fixtures.TEACHER_1, SHARED_TEACHER);
  }

  /**
   * An examiner at two exam sites on one day: 陈静 (examiner s-x1) carries the same identity number at both exam
   * sites of the pair, and examines the offline class's exams on 10 August at both.
   */
  static Institution examinerAtTwoSites(Institution inst) {
    return Mutations.staffIdentity(inst, Fixtures.EXAMINER_1, SHARED_EXAMINER);
  }

  /**
   * One identity number under two names: 梁宇 of the blended class is recorded with the identity number of 刘洋 of the
   * offline class.
   */
  static Institution oneIdentityNumberTwoNames(Institution inst) {
    IdentityNumber liuYang = inst.classes().stream().filter(c -> c.id().equals(CLASS_OFFLINE)).findFirst().orElseThrow()
        .trainees().get(0).identityNumber().orElseThrow();
    return Mutations.traineeIdentity(inst, CLASS_BLENDED, "tr-13", liuYang);
  }

  /**
   * 实操考试未真正开展: the offline class's practical exam has scores for every trainee but no practical-exam record
   * (station, times, examiner) for any of them.
   */
  static Institution practicalExamNotHeld(Institution inst) {
    String session = CLASS_OFFLINE + "-exam-practical";
    return Mutations.mapExamSession(inst, CLASS_OFFLINE, session, s -> new ExamSession(s.id(), s.kind(), s.date(),
        s.examinerIds(), s.scores(), s.scoreSheetSignedBy(), s.equipmentIds(), List.of()));
  }

  /** 培训费用未公示: no fee schedule on file for the classes of July and August 2024. */
  static Institution feesNotPublished(Institution inst) {
    return Mutations.withoutDocument(inst, DocumentType.FEE_SCHEDULE_NOTICE);
  }

  /** 混班: 何静, trained for underground electrical work, sits in the low-voltage electrician class. */
  static Institution mixedClass(Institution inst) {
    return Mutations.mapTrainee(inst, CLASS_OFFLINE, "tr-05", t -> t.withOperationType(Fixtures.OP_COAL_ELECTRICAL));
  }

  /**
   * 应急预案不规范: the emergency plan for incidents during training covers fire only (not crowd crush, not electric
   * shock) and names no guideline it follows (GB/T 29639).
   */
  static Institution emergencyPlanNotToGuideline(Institution inst) {
    return Mutations.mapDocument(inst, Fixtures.DOC_EMERGENCY_PLAN, d -> new org.ducha.model.Document(d.id(), d.type(),
        d.title(), d.number(), d.issuedOn(), d.pages(), d.sealed(), d.revisedOn(), List.of(Hazard.FIRE), List.of()));
  }

  /** 无实操设备台账: the equipment is there, the ledger of it is not. */
  static Institution noEquipmentLedger(Institution inst) {
    return Mutations.withoutDocument(inst, DocumentType.EQUIPMENT_LEDGER);
  }

  /** 以讲题代培训: the lesson record of l6 (9 August afternoon) shows the question bank was drilled instead of the course. */
  static Institution examQuestionsTaught(Institution inst) {
    return Mutations.mapLessonRecord(inst, CLASS_OFFLINE, "l6", r -> new LessonRecord(r.lessonId(), r.date(),
        "低压电工作业题库讲解及模拟考试", r.teacherId(), r.teacherSigned(), r.start(), r.end()));
  }

  /** 教师证书过期: 吴敏 (teacher s-t2) taught in July and August 2024 on a teacher certificate valid until 30 June 2024. */
  static Institution teacherCertificateExpired(Institution inst) {
    return Mutations.mapStaff(inst, Fixtures.TEACHER_2, m -> m.withCertificates(m.certificates().stream()
        .map(c -> c.type() == CertificateType.TEACHER
            ? new Certificate(c.type(), c.number(), c.operationType(), c.issuedOn(), Optional.of(LocalDate.of(2024, 6, 30)))
            : c)
        .toList()));
  }

  // ---------------------------------------------------------------- people shared by a pair

  /** 刘洋's identity number in both institutions of the trainee pair. */
  private static final IdentityNumber SHARED_TRAINEE = IdentityNumber.withCheckDigit("14050219950612901");

  /** 周伟's identity number in both institutions of the teacher pair. */
  private static final IdentityNumber SHARED_TEACHER = IdentityNumber.withCheckDigit("14050219780304902");

  /** 陈静's identity number at both exam sites of the examiner pair. */
  private static final IdentityNumber SHARED_EXAMINER = IdentityNumber.withCheckDigit("14050219810923903");

  // ---------------------------------------------------------------- the clean start

  private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

  /**
   * The test kit's clean institution as institution {@code id} named {@code name}: its records moved by {@link #SHIFT},
   * inspected on {@link #INSPECTED_ON}, every person with an identity number of their own, every trainee with the
   * operation type of the class.
   */
  static Institution clean(String id, String name, int serial) {
    String yaml = DataFormat.YAML.writeString(Fixtures.cleanInstitution())
        .replace(Fixtures.CLASS_OFFLINE, CLASS_OFFLINE)
        .replace(Fixtures.CLASS_BLENDED, CLASS_BLENDED)
        .replace("示例市安全技术培训中心", name)
        .replace("示例市", CITY);
    Matcher m = DATE.matcher(yaml);
    StringBuilder shifted = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(shifted, LocalDate.parse(m.group(1)).plus(SHIFT).toString());
    }
    m.appendTail(shifted);
    Institution inst = DataFormat.YAML.readString(shifted.toString(), Institution.class)
        .with(b -> b.id(id).inspectedOn(INSPECTED_ON));
    // The kit builds form fields with Map.of, whose order changes from one run of the JVM to the next: sorted by
    // field name, the files come out the same every time.
    for (TrainingClass c : List.copyOf(inst.classes())) {
      for (ClassDocument d : c.documents()) {
        inst = Mutations.mapClassDocument(inst, c.id(), d.id(), x -> new ClassDocument(x.id(), x.type(), x.traineeId(),
            x.dated(), x.sealed(), new TreeMap<>(x.fields()), x.rows()));
      }
    }
    int person = 0;
    for (StaffMember s : List.copyOf(inst.staff())) {
      inst = Mutations.staffIdentity(inst, s.id(), identityNumber(person++, serial));
    }
    for (TrainingClass c : List.copyOf(inst.classes())) {
      for (Trainee t : c.trainees()) {
        IdentityNumber number = identityNumber(person++, serial);
        inst = Mutations.mapTrainee(inst, c.id(), t.id(), x -> x.withIdentityNumber(number).withOperationType(c.operationType()));
      }
    }
    return inst;
  }

  /**
   * An invented identity number: address code 140502, a birth date from 1970 on that differs by {@code person}, and
   * the institution's {@code serial} as sequence code; the check digit as GB 11643-1999 computes it.
   */
  private static IdentityNumber identityNumber(int person, int serial) {
    LocalDate born = LocalDate.of(1970, 1, 1).plusDays(367L * person + 11L * serial);
    return IdentityNumber.withCheckDigit(String.format("140502%04d%02d%02d%03d", born.getYear(), born.getMonthValue(),
        born.getDayOfMonth(), serial));
  }

  /** Lesson {@code lessonId} of {@code classId} moved to {@code day} at {@code start}, with its record and sheet lines. */
  private static Institution move(Institution inst, String classId, String lessonId, LocalDate day, LocalTime start) {
    Lesson before = inst.classes().stream().filter(c -> c.id().equals(classId)).findFirst().orElseThrow()
        .lessons().stream().filter(l -> l.id().equals(lessonId)).findFirst().orElseThrow();
    long minutes = java.time.Duration.between(before.start(), before.end()).toMinutes();
    LocalTime end = start.plusMinutes(minutes);
    inst = Mutations.mapLesson(inst, classId, lessonId, l -> new Lesson(l.id(), day, start, end, l.course(), l.teacherId(),
        l.hours(), l.kind(), l.mode()));
    inst = Mutations.mapLessonRecord(inst, classId, lessonId, r -> new LessonRecord(r.lessonId(), day, r.topic(),
        r.teacherId(), r.teacherSigned(), r.start().map(t -> start), r.end().map(t -> end)));
    return Mutations.mapAttendance(inst, classId, e -> e.lessonId().equals(lessonId),
        e -> times(e, start.minusMinutes(10), end.plusMinutes(5)));
  }

  private static Lesson timed(Lesson l, LocalTime start, LocalTime end) {
    return new Lesson(l.id(), l.date(), start, end, l.course(), l.teacherId(), l.hours(), l.kind(), l.mode());
  }

  private static AttendanceEntry times(AttendanceEntry e, LocalTime in, LocalTime out) {
    return new AttendanceEntry(e.traineeId(), e.lessonId(), e.signedIn(), Optional.of(in), e.signedOut(), Optional.of(out),
        e.method());
  }

  // ---------------------------------------------------------------- the files

  /** The ids of the institutions, in file order. */
  public static List<String> institutionIds() {
    return CASES.stream().map(Case::id).toList();
  }

  /** The inspection: an invented city's inspection of September 2024. */
  public static Inspection inspection() {
    return new Inspection(INSPECTION_ID, "临河市安全培训机构（考试点）典型问题示例检查", "临河市应急管理局", Optional.empty(),
        INSPECTED_ON, INSPECTED_ON, institutionIds(), List.of(), Optional.empty(), Optional.empty(), List.of());
  }

  /** The institutions' records, in file order. */
  public static List<Institution> institutions() {
    List<Institution> all = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      all.add(c.story().apply(clean(c.id(), c.name(), i + 1)));
    }
    return all;
  }

  /** The file name of the institution at {@code index} (0-based), e.g. {@code 01-clean-centre.yaml}. */
  public static String fileName(int index, String institutionId) {
    return String.format("%02d-%s.yaml", index + 1, institutionId);
  }

  /** The data files, by file name, in reading order: the inspection, then the institutions. */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(INSPECTION_FILE, DataFormat.YAML.writeString(inspection()));
    List<Institution> institutions = institutions();
    for (int i = 0; i < institutions.size(); i++) {
      files.put(fileName(i, institutions.get(i).id()), DataFormat.YAML.writeString(institutions.get(i)));
    }
    return files;
  }

  /**
   * Writes the data files into {@code folder}, creating it, and deletes data files there that are no longer written;
   * returns the names of the files written.
   */
  public static List<String> write(Path folder) throws IOException {
    Files.createDirectories(folder);
    Map<String, String> files = files();
    try (Stream<Path> existing = Files.list(folder)) {
      for (Path p : existing.toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".yaml") && !files.containsKey(name)) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    return List.copyOf(files.keySet());
  }

  /** Writes the data files into the folder given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: CampaignCases <folder>");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    List<String> written = write(folder);
    System.out.println("wrote " + written.size() + " files to " + folder.toAbsolutePath().normalize());
  }
}
