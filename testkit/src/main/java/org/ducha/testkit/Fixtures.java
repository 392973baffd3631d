package org.ducha.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ducha.model.Agreement;
import org.ducha.model.AgreementType;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.IdentityNumber;
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
import org.ducha.model.Hazard;
import org.ducha.model.Institution;
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

/**
 * A complete, defect-free institution to start tests from: valid records in which no first-party check
 * finds anything. Introduce one defect at a time with {@link Institution#with} and {@link Mutations}, and
 * assert that exactly that defect is found.
 *
 * <p>The institution (id {@value #INSTITUTION_ID}) is inspected on {@link #INSPECTION_DATE}, during the
 * 2021–2022 campaign, and also operates an exam site. It trains two operation types ({@value #OP_LOW_VOLTAGE},
 * {@value #OP_COAL_ELECTRICAL}) and has two classes: {@value #CLASS_OFFLINE}, an offline initial class
 * commissioned by an enterprise, and {@value #CLASS_BLENDED}, a refresher class with online theory and offline
 * practice. Every id it uses is a constant here or, inside a class's archive, given by {@link #examSessionId},
 * {@link #volumeId} and {@link #classDocumentId}.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The day of the inspection: 2022-04-20, under AQ/T 8011-2016 and during the campaign. */
  public static final LocalDate INSPECTION_DATE = LocalDate.of(2022, 4, 20);
  public static final String INSTITUTION_ID = "fixture-centre";
  public static final String OP_LOW_VOLTAGE = "electrician-low-voltage";
  public static final String OP_COAL_ELECTRICAL = "coal-underground-electrical";

  public static final String HEAD = "s-head";
  public static final String MANAGER_1 = "s-m1";
  public static final String MANAGER_2 = "s-m2";
  public static final String MANAGER_3 = "s-m3";
  public static final String TEACHER_1 = "s-t1";
  public static final String TEACHER_2 = "s-t2";
  /** A part-time teacher engaged from outside (外聘), teaching one online lesson. */
  public static final String TEACHER_EXTERNAL = "s-t3";
  public static final String INSTRUCTOR = "s-p1";
  public static final String EXAM_ADMIN = "s-e1";
  public static final String EXAMINER_1 = "s-x1";
  public static final String EXAMINER_2 = "s-x2";

  public static final String CLASS_OFFLINE = "c-lv-2022-03";
  public static final String CLASS_BLENDED = "c-coal-2022-02";
  /** Trainees of {@link #CLASS_OFFLINE}. */
  public static final List<String> OFFLINE_TRAINEES = List.of("tr-01", "tr-02", "tr-03", "tr-04", "tr-05");
  /** Trainees of {@link #CLASS_BLENDED}. */
  public static final List<String> BLENDED_TRAINEES = List.of("tr-11", "tr-12", "tr-13");

  /** Governance documents, one of each type the checks read. */
  public static final String DOC_TRAINING_RULES = "doc-rules-training";
  public static final String DOC_EXAM_RULES = "doc-rules-exam";
  public static final String DOC_ARCHIVE_RULES = "doc-rules-archive";
  public static final String DOC_CAMPAIGN_PLAN = "doc-campaign-plan";
  public static final String DOC_CAMPAIGN_PROBLEMS = "doc-campaign-problems";
  public static final String DOC_SELF_INSPECTION = "doc-self-inspection";
  public static final String DOC_EMERGENCY_PLAN = "doc-emergency";
  public static final String DOC_EXAM_SEPARATION = "doc-separation";
  /** The fee schedule (收费标准公示), issued on 2022-01-05, before either class started. */
  public static final String DOC_FEES = "doc-fees";
  /** The practical-training equipment ledger (实操实训设备台账). */
  public static final String DOC_EQUIPMENT_LEDGER = "doc-equipment-ledger";

  public static final String AGREEMENT_MEDICAL = "ag-med";
  public static final String AGREEMENT_LOGISTICS = "ag-log";
  public static final String ROSTER_TRAINING = "roster-training";
  public static final String ROSTER_EXAM = "roster-exam";
  public static final String PRIOR_FINDING = "pf-1";

  /** Equipment: physical bench and smart trainer for each operation type. */
  public static final String EQ_LV_BENCH = "eq-lv-bench";
  public static final String EQ_LV_SMART = "eq-lv-smart";
  public static final String EQ_COAL_BENCH = "eq-coal-bench";
  public static final String EQ_COAL_SMART = "eq-coal-smart";

  public static final String ROOM_CLASSROOM = "room-c1";
  public static final String ROOM_EXAM = "room-x1";
  public static final String ROOM_PRACTICAL_EXAM = "room-p1";
  public static final String SITE_LOW_VOLTAGE = "site-lv";
  public static final String SITE_COAL = "site-coal";

  /**
   * A valid identity number (居民身份证号码) for tests, one per {@code serial} (0–999): address code 140502, born
   * 1990-01-01, the check digit GB 11643-1999 calls for. No fixture carries one unless a test gives it.
   */
  public static IdentityNumber identityNumber(int serial) {
    return IdentityNumber.withCheckDigit(String.format("14050219900101%03d", serial));
  }

  /** The clean institution: also an exam site. */
  public static Institution cleanInstitution() {
    Institution.Builder b = Institution.builder()
        .id(INSTITUTION_ID)
        .name("示例市安全技术培训中心")
        .legalForm(LegalForm.PUBLIC_INSTITUTION_LEGAL_PERSON)
        .inspectedOn(INSPECTION_DATE)
        .headId(HEAD)
        .examSite(new ExamSite("示例市安全技术培训中心考试点", Optional.of(EXAM_ADMIN), Optional.of("考务科"),
            List.of(ROOM_EXAM, ROOM_PRACTICAL_EXAM)));
    b.operationTypes.add(new OperationType(OP_LOW_VOLTAGE, "低压电工作业", OperationCategory.SPECIAL_OPERATION));
    b.operationTypes.add(new OperationType(OP_COAL_ELECTRICAL, "井下电气作业", OperationCategory.COAL_SPECIAL_OPERATION));
    b.documents.addAll(documents());
    b.selfInspections.add(new SelfInspection(LocalDate.of(2022, 2, 15), "培训档案、师资、实操设备全面自查"));
    b.agreements.add(new Agreement(AGREEMENT_MEDICAL, AgreementType.MEDICAL_RESCUE, "示例市人民医院", LocalDate.of(2021, 6, 1), Optional.of(LocalDate.of(2023, 5, 31))));
    b.agreements.add(new Agreement(AGREEMENT_LOGISTICS, AgreementType.LOGISTICS, "示例市后勤服务公司", LocalDate.of(2021, 6, 1), Optional.of(LocalDate.of(2023, 5, 31))));
    b.staff.addAll(staff());
    b.rosters.addAll(rosters());
    b.classes.add(offlineClass());
    b.classes.add(blendedClass());
    b.rooms.addAll(rooms());
    b.equipment.addAll(equipment());
    b.priorFindings.add(new PriorFinding(PRIOR_FINDING, "省应急管理厅", LocalDate.of(2021, 11, 10), "实操实训记录不完整",
        LocalDate.of(2022, 1, 31), Optional.of(LocalDate.of(2022, 1, 20))));
    return b.build();
  }

  /** The clean institution without its exam site, exam-staff roster and exam-only rooms. */
  public static Institution cleanTrainingOnly() {
    return cleanInstitution().with(b -> {
      b.examSite(null);
      b.rosters.removeIf(r -> r.type() == RosterType.EXAM_STAFF);
      b.documents.removeIf(d -> d.type() == DocumentType.EXAM_MANAGEMENT_RULES || d.type() == DocumentType.EXAM_SEPARATION_SCHEME);
      b.rooms.removeIf(r -> r.kind() == RoomKind.COMPUTER_EXAM_ROOM || r.kind() == RoomKind.PRACTICAL_EXAM_ROOM);
      return b;
    });
  }

  /** Id of the exam session of {@code kind} of the fixture class {@code classId}, e.g. {@code c-lv-2022-03-exam-theory}. */
  public static String examSessionId(String classId, ExamKind kind) {
    return classId + (kind == ExamKind.THEORY ? "-exam-theory" : "-exam-practical");
  }

  /** Id of the archive volume of {@code kind} of the fixture class {@code classId}, e.g. {@code c-lv-2022-03-vol-training}. */
  public static String volumeId(String classId, VolumeKind kind) {
    return classId + switch (kind) {
      case TRAINING -> "-vol-training";
      case EXAM -> "-vol-exam";
      case ONLINE -> "-vol-online";
    };
  }

  /**
   * Id of the archive document of {@code type} of the fixture class {@code classId}, e.g. {@code c-lv-2022-03-log};
   * archive cards, one per trainee, are {@code <classId>-card-<traineeId>}. Only the offline class has an
   * entrustment agreement, only the blended class an online learning record.
   */
  public static String classDocumentId(String classId, ClassDocumentType type) {
    return classId + switch (type) {
      case HEAD_TEACHER_LOG -> "-log";
      case PLAN_EXECUTION_FORM -> "-exec";
      case ASSESSMENT_FORM -> "-assess";
      case EVALUATION_REPORT -> "-eval";
      case MANAGEMENT_SURVEY -> "-survey-mgmt";
      case TEACHER_SATISFACTION_SURVEY -> "-survey-teacher";
      case TRAINEE_EVALUATION_FORM -> "-survey-trainee";
      case ONLINE_LEARNING_RECORD -> "-online";
      case ENTRUSTMENT_AGREEMENT -> "-entrust";
      case ARCHIVE_CARD, OTHER -> throw new IllegalArgumentException("the fixture has no single document of type " + type);
    };
  }

  private static List<Document> documents() {
    return List.of(
        new Document(DOC_TRAINING_RULES, DocumentType.TRAINING_MANAGEMENT_RULES, "安全培训管理制度", Optional.of("示安培〔2021〕5号"),
            Optional.of(LocalDate.of(2021, 3, 1)), 12, true, List.of()),
        new Document(DOC_EXAM_RULES, DocumentType.EXAM_MANAGEMENT_RULES, "考试管理制度", Optional.of("示安培〔2021〕6号"),
            Optional.of(LocalDate.of(2021, 3, 1)), 8, true, List.of()),
        new Document(DOC_ARCHIVE_RULES, DocumentType.ARCHIVE_MANAGEMENT_RULES, "培训档案管理制度", Optional.of("示安培〔2021〕7号"),
            Optional.of(LocalDate.of(2021, 3, 1)), 4, true, List.of()),
        new Document(DOC_CAMPAIGN_PLAN, DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN, "安全生产培训“走过场”专项整治工作实施方案",
            Optional.of("示安培〔2021〕20号"), Optional.of(LocalDate.of(2021, 12, 1)), 6, true, List.of()),
        new Document(DOC_CAMPAIGN_PROBLEMS, DocumentType.CAMPAIGN_PROBLEM_LIST, "“走过场”专项整治问题清单", Optional.empty(),
            Optional.of(LocalDate.of(2022, 1, 10)), 3, true, List.of()),
        new Document(DOC_SELF_INSPECTION, DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT, "专项整治自查报告", Optional.empty(),
            Optional.of(LocalDate.of(2022, 2, 20)), 4, true, List.of()),
        new Document(DOC_EMERGENCY_PLAN, DocumentType.EMERGENCY_PLAN, "培训过程突发事件应急预案", Optional.of("示安培〔2020〕11号"),
            Optional.of(LocalDate.of(2020, 6, 1)), 10, true, List.of(LocalDate.of(2021, 9, 1)),
            List.of(Hazard.FIRE, Hazard.CROWD_CRUSH, Hazard.ELECTRIC_SHOCK, Hazard.MEDICAL), List.of("GB/T 29639-2020")),
        new Document(DOC_EXAM_SEPARATION, DocumentType.EXAM_SEPARATION_SCHEME, "培训与考试分离管理方案", Optional.of("示安培〔2021〕8号"),
            Optional.of(LocalDate.of(2021, 5, 1)), 3, true, List.of()),
        new Document(DOC_FEES, DocumentType.FEE_SCHEDULE_NOTICE, "培训收费标准公示", Optional.empty(),
            Optional.of(LocalDate.of(2022, 1, 5)), 1, true, List.of()),
        new Document(DOC_EQUIPMENT_LEDGER, DocumentType.EQUIPMENT_LEDGER, "实操实训设备台账", Optional.empty(),
            Optional.of(LocalDate.of(2022, 1, 4)), 6, true, List.of()));
  }

  private static Certificate cert(CertificateType type, String number, String op, LocalDate from, LocalDate until) {
    return new Certificate(type, number, Optional.ofNullable(op), from, Optional.ofNullable(until));
  }

  private static StaffMember person(String id, String name, Employment employment, List<String> specialties, List<Certificate> certs, int years) {
    return new StaffMember(id, name, employment, Optional.empty(), specialties, certs, LocalDate.of(2015, 3, 1), Optional.empty(), Optional.of(years));
  }

  private static List<StaffMember> staff() {
    LocalDate issued = LocalDate.of(2020, 1, 1);
    LocalDate until = LocalDate.of(2025, 12, 31);
    List<String> both = List.of(OP_LOW_VOLTAGE, OP_COAL_ELECTRICAL);
    return List.of(
        person(HEAD, "王建国", Employment.PUBLIC_INSTITUTION_CONTRACT, List.of(), List.of(), 20),
        person(MANAGER_1, "李明", Employment.PUBLIC_INSTITUTION_CONTRACT, List.of(), List.of(), 12),
        person(MANAGER_2, "赵丽", Employment.LABOUR_CONTRACT, List.of(), List.of(), 8),
        person(MANAGER_3, "孙强", Employment.LABOUR_CONTRACT, List.of(), List.of(), 7),
        person(TEACHER_1, "周伟", Employment.PUBLIC_INSTITUTION_CONTRACT, both,
            List.of(cert(CertificateType.TEACHER, "JS-2020-001", null, issued, until)), 15),
        person(TEACHER_2, "吴敏", Employment.LABOUR_CONTRACT, both,
            List.of(cert(CertificateType.TEACHER, "JS-2020-002", null, issued, until)), 9),
        person(TEACHER_EXTERNAL, "钱芳", Employment.ENGAGED, List.of(OP_COAL_ELECTRICAL),
            List.of(cert(CertificateType.TEACHER, "JS-2020-003", null, issued, until)), 11),
        person(INSTRUCTOR, "郑刚", Employment.LABOUR_CONTRACT, both,
            List.of(cert(CertificateType.SPECIAL_OPERATION, "T1403-001", OP_LOW_VOLTAGE, issued, until),
                cert(CertificateType.SPECIAL_OPERATION, "T1403-002", OP_COAL_ELECTRICAL, issued, until)), 14),
        person(EXAM_ADMIN, "冯涛", Employment.PUBLIC_INSTITUTION_CONTRACT, List.of(), List.of(), 10),
        person(EXAMINER_1, "陈静", Employment.PUBLIC_INSTITUTION_CONTRACT, both,
            List.of(cert(CertificateType.EXAMINER, "KP-2020-011", null, issued, until)), 13),
        person(EXAMINER_2, "褚磊", Employment.LABOUR_CONTRACT, both,
            List.of(cert(CertificateType.EXAMINER, "KP-2020-012", null, issued, until)), 9));
  }

  private static List<Roster> rosters() {
    LocalDate updated = LocalDate.of(2022, 3, 1);
    return List.of(
        new Roster(ROSTER_TRAINING, RosterType.TRAINING_STAFF, updated, List.of(
            new RosterEntry(HEAD, StaffRole.HEAD, true),
            new RosterEntry(MANAGER_1, StaffRole.MANAGER, true),
            new RosterEntry(MANAGER_1, StaffRole.HEAD_TEACHER, false),
            new RosterEntry(MANAGER_2, StaffRole.MANAGER, true),
            new RosterEntry(MANAGER_3, StaffRole.MANAGER, true),
            new RosterEntry(TEACHER_1, StaffRole.TEACHER, true),
            new RosterEntry(TEACHER_2, StaffRole.TEACHER, true),
            new RosterEntry(TEACHER_EXTERNAL, StaffRole.TEACHER, false),
            new RosterEntry(INSTRUCTOR, StaffRole.PRACTICAL_INSTRUCTOR, true))),
        new Roster(ROSTER_EXAM, RosterType.EXAM_STAFF, updated, List.of(
            new RosterEntry(EXAM_ADMIN, StaffRole.EXAM_ADMINISTRATOR, true),
            new RosterEntry(EXAMINER_1, StaffRole.EXAMINER, true),
            new RosterEntry(EXAMINER_2, StaffRole.EXAMINER, true))));
  }

  private static Lesson lesson(String id, LocalDate day, boolean morning, String course, String teacher, LessonKind kind, DeliveryMode mode) {
    LocalTime start = morning ? LocalTime.of(8, 30) : LocalTime.of(14, 0);
    return new Lesson(id, day, start, start.plusHours(3), course, teacher, new BigDecimal("4"), kind, mode);
  }

  private static AttendanceEntry signed(String trainee, Lesson l, AttendanceMethod method) {
    return new AttendanceEntry(trainee, l.id(), true, Optional.of(l.start().minusMinutes(10)), true,
        Optional.of(l.end().plusMinutes(5)), method);
  }

  private static ClassDocument form(String id, ClassDocumentType type, LocalDate dated, Map<String, String> fields, List<FormRow> rows) {
    return new ClassDocument(id, type, Optional.empty(), Optional.of(dated), true, fields, rows);
  }

  private static Map<String, String> appraisal() {
    return Map.of(FormFields.HEAD_TEACHER_APPRAISAL, "学习认真，考核合格", FormFields.INSTITUTION_OPINION, "同意结业");
  }

  private static void fillArchive(TrainingClass.Builder c, List<String> trainees, List<Lesson> lessons, LocalDate examDay,
      String equipmentPhysical, String equipmentSmart, boolean online) {
    for (Lesson l : lessons) {
      c.lessonRecords.add(new LessonRecord(l.id(), l.date(), l.course(), l.teacherId(), true));
      for (String t : trainees) {
        c.attendance.add(signed(t, l, l.mode() == DeliveryMode.ONLINE ? AttendanceMethod.ONLINE_PLATFORM : AttendanceMethod.FACE));
      }
      if (l.kind() == LessonKind.PRACTICAL) {
        c.practicalRecords.add(new PracticalRecord("pr-" + l.id(), l.date(), Optional.of(l.id()), l.teacherId(),
            List.of(equipmentPhysical), trainees));
      }
    }
    String p = c.build().id();
    List<FormRow> rows = new ArrayList<>();
    for (Lesson l : lessons) {
      rows.add(new FormRow(Optional.of(l.id()), l.course(), Optional.of(l.hours()), Optional.of(l.teacherId()), true));
    }
    LocalDate last = c.build().end();
    List<String> training = new ArrayList<>();
    c.documents.add(form(p + "-log", ClassDocumentType.HEAD_TEACHER_LOG, last, Map.of(), List.of()));
    c.documents.add(form(p + "-exec", ClassDocumentType.PLAN_EXECUTION_FORM, last, Map.of(), rows));
    c.documents.add(form(p + "-assess", ClassDocumentType.ASSESSMENT_FORM, last, appraisal(), List.of()));
    for (String t : trainees) {
      c.documents.add(new ClassDocument(p + "-card-" + t, ClassDocumentType.ARCHIVE_CARD, Optional.of(t), Optional.of(last), true, appraisal(), List.of()));
    }
    c.documents.add(form(p + "-eval", ClassDocumentType.EVALUATION_REPORT, last, Map.of(FormFields.CONCLUSION, "培训组织规范，达到培训目标"), List.of()));
    c.documents.add(form(p + "-survey-mgmt", ClassDocumentType.MANAGEMENT_SURVEY, last, Map.of(), List.of()));
    c.documents.add(form(p + "-survey-teacher", ClassDocumentType.TEACHER_SATISFACTION_SURVEY, last, Map.of(), List.of()));
    c.documents.add(form(p + "-survey-trainee", ClassDocumentType.TRAINEE_EVALUATION_FORM, last, Map.of(), List.of()));
    if (online) {
      c.documents.add(form(p + "-online", ClassDocumentType.ONLINE_LEARNING_RECORD, last, Map.of(), List.of()));
    }
    for (ClassDocument d : c.documents) {
      if (d.type() != ClassDocumentType.ONLINE_LEARNING_RECORD) {
        training.add(d.id());
      }
    }
    List<ExamScore> theory = new ArrayList<>();
    List<ExamScore> practical = new ArrayList<>();
    int i = 0;
    for (String t : trainees) {
      theory.add(new ExamScore(t, new BigDecimal(85 + i), 1));
      practical.add(new ExamScore(t, new BigDecimal(90 + i), 1));
      i++;
    }
    List<String> examiners = List.of(EXAMINER_1, EXAMINER_2);
    c.exams.add(new ExamSession(p + "-exam-theory", ExamKind.THEORY, examDay, examiners, theory, examiners, List.of()));
    List<PracticalExamRecord> practicalExams = new ArrayList<>();
    LocalTime from = LocalTime.of(9, 0);
    for (String t : trainees) {
      practicalExams.add(new PracticalExamRecord(t, equipmentPhysical, Optional.of(from), Optional.of(from.plusMinutes(20)),
          examiners.get(practicalExams.size() % examiners.size())));
      from = from.plusMinutes(20);
    }
    c.exams.add(new ExamSession(p + "-exam-practical", ExamKind.PRACTICAL, examDay, examiners, practical, examiners,
        List.of(equipmentPhysical, equipmentSmart), practicalExams));
    c.archive.add(new ArchiveVolume(p + "-vol-training", VolumeKind.TRAINING, true, training));
    c.archive.add(new ArchiveVolume(p + "-vol-exam", VolumeKind.EXAM, true, List.of(p + "-exam-theory", p + "-exam-practical", p + "-assess")));
    if (online) {
      c.archive.add(new ArchiveVolume(p + "-vol-online", VolumeKind.ONLINE, true, List.of(p + "-online")));
    }
  }

  private static TrainingClass offlineClass() {
    LocalDate d1 = LocalDate.of(2022, 3, 7);
    LocalDate d2 = d1.plusDays(1);
    LocalDate d3 = d1.plusDays(2);
    TrainingClass.Builder c = TrainingClass.builder().id(CLASS_OFFLINE).name("低压电工初训班").operationType(OP_LOW_VOLTAGE)
        .kind(TrainingKind.INITIAL).mode(DeliveryMode.OFFLINE).commissionedBy("示例市供电有限公司")
        .start(d1).end(d3.plusDays(1)).headTeacherId(MANAGER_1);
    List<Lesson> lessons = List.of(
        lesson("l1", d1, true, "安全生产法律法规与电工作业安全", TEACHER_1, LessonKind.THEORY, DeliveryMode.OFFLINE),
        lesson("l2", d1, false, "电工基础知识", TEACHER_2, LessonKind.THEORY, DeliveryMode.OFFLINE),
        lesson("l3", d2, true, "低压电气设备与线路", TEACHER_1, LessonKind.THEORY, DeliveryMode.OFFLINE),
        lesson("l4", d2, false, "电工仪表使用与安全用具", INSTRUCTOR, LessonKind.PRACTICAL, DeliveryMode.OFFLINE),
        lesson("l5", d3, true, "低压配电线路安装实操", INSTRUCTOR, LessonKind.PRACTICAL, DeliveryMode.OFFLINE),
        lesson("l6", d3, false, "触电急救与电气防火", TEACHER_2, LessonKind.THEORY, DeliveryMode.OFFLINE));
    c.lessons.addAll(lessons);
    for (int i = 0; i < OFFLINE_TRAINEES.size(); i++) {
      c.trainees.add(new Trainee(OFFLINE_TRAINEES.get(i), List.of("刘洋", "陈晨", "杨帆", "黄磊", "何静").get(i), Optional.of("示例市供电有限公司")));
    }
    fillArchive(c, OFFLINE_TRAINEES, lessons, d3.plusDays(1), EQ_LV_BENCH, EQ_LV_SMART, false);
    c.documents.add(form(CLASS_OFFLINE + "-entrust", ClassDocumentType.ENTRUSTMENT_AGREEMENT, d1.minusDays(10), Map.of(), List.of()));
    c.archive.set(0, new ArchiveVolume(CLASS_OFFLINE + "-vol-training", VolumeKind.TRAINING, true,
        c.documents.stream().map(ClassDocument::id).toList()));
    return c.build();
  }

  private static TrainingClass blendedClass() {
    LocalDate d1 = LocalDate.of(2022, 2, 21);
    LocalDate d2 = d1.plusDays(1);
    TrainingClass.Builder c = TrainingClass.builder().id(CLASS_BLENDED).name("井下电气作业复训班").operationType(OP_COAL_ELECTRICAL)
        .kind(TrainingKind.REFRESHER).mode(DeliveryMode.BLENDED).start(d1).end(d2.plusDays(1)).headTeacherId(MANAGER_1);
    List<Lesson> lessons = List.of(
        lesson("m1", d1, true, "煤矿安全生产法律法规", TEACHER_EXTERNAL, LessonKind.THEORY, DeliveryMode.ONLINE),
        lesson("m2", d1, false, "井下电气设备防爆知识", TEACHER_1, LessonKind.THEORY, DeliveryMode.ONLINE),
        lesson("m3", d2, true, "井下供电系统检修实操", INSTRUCTOR, LessonKind.PRACTICAL, DeliveryMode.OFFLINE),
        lesson("m4", d2, false, "事故案例分析", TEACHER_2, LessonKind.THEORY, DeliveryMode.OFFLINE));
    c.lessons.addAll(lessons);
    for (int i = 0; i < BLENDED_TRAINEES.size(); i++) {
      c.trainees.add(new Trainee(BLENDED_TRAINEES.get(i), List.of("马超", "罗敏", "梁宇").get(i), Optional.of("示例煤业有限公司")));
    }
    fillArchive(c, BLENDED_TRAINEES, lessons, d2.plusDays(1), EQ_COAL_BENCH, EQ_COAL_SMART, true);
    return c.build();
  }

  private static List<Room> rooms() {
    return List.of(
        new Room(ROOM_CLASSROOM, "第一理论教室", RoomKind.THEORY_CLASSROOM, new BigDecimal("120"), 64, true, true, false, List.of()),
        new Room(ROOM_EXAM, "计算机考试机房", RoomKind.COMPUTER_EXAM_ROOM, new BigDecimal("90"), 40, true, true, true, List.of()),
        new Room(ROOM_PRACTICAL_EXAM, "实操考试室", RoomKind.PRACTICAL_EXAM_ROOM, new BigDecimal("150"), 12, true, true, true,
            List.of(OP_LOW_VOLTAGE, OP_COAL_ELECTRICAL)),
        new Room(SITE_LOW_VOLTAGE, "低压电工实训场地", RoomKind.PRACTICAL_TRAINING_SITE, new BigDecimal("200"), 30, true, true, false,
            List.of(OP_LOW_VOLTAGE)),
        new Room(SITE_COAL, "井下电气实训室", RoomKind.PRACTICAL_TRAINING_SITE, new BigDecimal("180"), 24, true, true, false,
            List.of(OP_COAL_ELECTRICAL)));
  }

  private static List<Equipment> equipment() {
    Set<EquipmentUse> both = Set.of(EquipmentUse.TRAINING, EquipmentUse.EXAM);
    return List.of(
        new Equipment(EQ_LV_BENCH, "低压电工实训考核台", List.of(OP_LOW_VOLTAGE), EquipmentKind.PHYSICAL, both, 2020, EquipmentCondition.GOOD, 8),
        new Equipment(EQ_LV_SMART, "低压电工智能考核装置", List.of(OP_LOW_VOLTAGE), EquipmentKind.SMART_SIMULATOR, both, 2020, EquipmentCondition.GOOD, 4),
        new Equipment(EQ_COAL_BENCH, "井下电气实训设备", List.of(OP_COAL_ELECTRICAL), EquipmentKind.PHYSICAL, both, 2019, EquipmentCondition.GOOD, 6),
        new Equipment(EQ_COAL_SMART, "井下电气智能仿真考核系统", List.of(OP_COAL_ELECTRICAL), EquipmentKind.SMART_SIMULATOR, both, 2019, EquipmentCondition.GOOD, 2));
  }
}
