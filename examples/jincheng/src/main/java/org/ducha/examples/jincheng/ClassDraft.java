package org.ducha.examples.jincheng;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamScore;
import org.ducha.model.ExamSession;
import org.ducha.model.FormFields;
import org.ducha.model.FormRow;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.LessonRecord;
import org.ducha.model.OperationType;
import org.ducha.model.PracticalExamRecord;
import org.ducha.model.PracticalRecord;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;
import org.ducha.model.TrainingKind;
import org.ducha.model.VolumeKind;

/**
 * A training class (培训班) while its archive (一期一档) is being written. {@link #fill()} writes the archive of a class
 * that was run by the book: every lesson delivered and signed for, a practical-training record for every practical
 * lesson, the forms a closed class files, the exam sessions and their signed score sheets. What an inspector found
 * wanting is then taken out or altered record by record, and {@link #file(Filing)} puts what is left into volumes.
 */
final class ClassDraft {

  /** A lesson of the teaching plan before it is given a day. */
  record Planned(String course, String teacherId, LessonKind kind, DeliveryMode mode) {}

  /** How the archive is filed into volumes. */
  record Filing(boolean trainingBound, boolean examBound, boolean onlineBound, Set<String> leftOut) {
    /** Everything filed in bound volumes. */
    static final Filing BOUND = new Filing(true, true, true, Set.of());

    Filing trainingUnbound() {
      return new Filing(false, examBound, onlineBound, leftOut);
    }

    Filing examUnbound() {
      return new Filing(trainingBound, false, onlineBound, leftOut);
    }

    Filing onlineUnbound() {
      return new Filing(trainingBound, examBound, false, leftOut);
    }

    /** Leaves the document or exam session {@code id} out of every volume. */
    Filing leaving(String id) {
      Set<String> s = new LinkedHashSet<>(leftOut);
      s.add(id);
      return new Filing(trainingBound, examBound, onlineBound, s);
    }
  }

  static Planned theory(String course, String teacherId) {
    return new Planned(course, teacherId, LessonKind.THEORY, DeliveryMode.OFFLINE);
  }

  static Planned online(String course, String teacherId) {
    return new Planned(course, teacherId, LessonKind.THEORY, DeliveryMode.ONLINE);
  }

  static Planned practical(String course, String instructorId) {
    return new Planned(course, instructorId, LessonKind.PRACTICAL, DeliveryMode.OFFLINE);
  }

  static final LocalTime MORNING = LocalTime.of(8, 30);
  static final LocalTime AFTERNOON = LocalTime.of(14, 30);
  /** When the first candidate's practical exam begins; candidates follow one another. */
  static final LocalTime PRACTICAL_EXAM_START = LocalTime.of(14, 0);
  /** Minutes of one candidate's practical exam. */
  static final int PRACTICAL_EXAM_MINUTES = 15;
  private static final BigDecimal LESSON_HOURS = new BigDecimal("4");

  private record Leave(String traineeId, LocalDate from, LocalDate to, String reason, boolean examined) {}

  private final InstitutionDraft inst;
  /** The model builder; its lists may be edited directly. */
  final TrainingClass.Builder b;
  final String id;
  final OperationType op;
  private final List<Leave> leaves = new ArrayList<>();
  private List<String> practiceEquipment = List.of();
  private AttendanceMethod method;
  private LocalDate examDay;
  private List<String> examiners = List.of();
  private List<String> practicalExamEquipment = List.of();
  private final List<String> retakes = new ArrayList<>();
  private boolean archiveCards;
  private String headTeacherId;

  ClassDraft(InstitutionDraft inst, String id, String name, OperationType op, TrainingKind kind, DeliveryMode mode, LocalDate start) {
    this.inst = inst;
    this.id = id;
    this.op = op;
    this.b = TrainingClass.builder().id(id).name(name).operationType(op.code()).kind(kind).mode(mode).start(start);
    this.method = start.getYear() < 2021 ? AttendanceMethod.SIGNATURE : AttendanceMethod.FACE;
  }

  private TrainingClass current() {
    return b.build();
  }

  ClassDraft headTeacher(String staffId) {
    this.headTeacherId = staffId;
    b.headTeacherId(staffId);
    return this;
  }

  ClassDraft commissionedBy(String enterprise) {
    b.commissionedBy(enterprise);
    return this;
  }

  ClassDraft attendanceBy(AttendanceMethod m) {
    this.method = m;
    return this;
  }

  /** Plans the lessons two a day (morning and afternoon) on consecutive days from the class's first day. */
  ClassDraft schedule(Planned... lessons) {
    LocalDate day = current().start();
    for (int i = 0; i < lessons.length; i++) {
      Planned p = lessons[i];
      LocalTime start = i % 2 == 0 ? MORNING : AFTERNOON;
      b.lessons.add(new Lesson(lessonId(i + 1), day, start, start.plusHours(3), p.course(), p.teacherId(), LESSON_HOURS, p.kind(), p.mode()));
      if (i % 2 == 1) {
        day = day.plusDays(1);
      }
    }
    return this;
  }

  /** Enrols {@code count} trainees with invented names, their employers taken in turn from {@code employers}. */
  ClassDraft trainees(int count, String... employers) {
    for (int i = 1; i <= count; i++) {
      b.trainees.add(new Trainee(trainee(i), inst.nextName(),
          employers.length == 0 ? Optional.empty() : Optional.of(employers[(i - 1) % employers.length])));
    }
    return this;
  }

  /** The equipment that practical lessons use. */
  ClassDraft practiceOn(String... equipmentIds) {
    this.practiceEquipment = List.of(equipmentIds);
    return this;
  }

  /** Trainee {@code no} is on leave on these days, with a leave note, and (so short of hours) is not examined. */
  ClassDraft leave(int no, LocalDate from, LocalDate to, String reason) {
    leaves.add(new Leave(trainee(no), from, to, reason, false));
    return this;
  }

  /** Trainee {@code no} is on leave on these days, with a leave note, and is examined nonetheless. */
  ClassDraft leaveYetExamined(int no, LocalDate from, LocalDate to, String reason) {
    leaves.add(new Leave(trainee(no), from, to, reason, true));
    return this;
  }

  /** Exam sessions on {@code day}: theory, and practical when practical-exam equipment is named. */
  ClassDraft exam(LocalDate day, List<String> examinerIds, String... practicalEquipment) {
    this.examDay = day;
    this.examiners = List.copyOf(examinerIds);
    this.practicalExamEquipment = List.of(practicalEquipment);
    return this;
  }

  /** Trainee {@code no} fails the theory exam and passes the retake (补考) a week later. */
  ClassDraft retake(int no) {
    retakes.add(trainee(no));
    return this;
  }

  /** Files an archive card (学员考核档案卡) per trainee besides the assessment form. */
  ClassDraft archiveCards() {
    this.archiveCards = true;
    return this;
  }

  String trainee(int no) {
    return id.substring(2) + String.format("-t%02d", no);
  }

  static String lessonId(int no) {
    return String.format("l%02d", no);
  }

  String theoryExamId() {
    return id + "-exam-theory";
  }

  String practicalExamId() {
    return id + "-exam-practical";
  }

  String documentId(ClassDocumentType type) {
    return id + switch (type) {
      case HEAD_TEACHER_LOG -> "-log";
      case PLAN_EXECUTION_FORM -> "-exec";
      case ASSESSMENT_FORM -> "-assess";
      case EVALUATION_REPORT -> "-eval";
      case ENTRUSTMENT_AGREEMENT -> "-entrust";
      case MANAGEMENT_SURVEY -> "-survey-mgmt";
      case TEACHER_SATISFACTION_SURVEY -> "-survey-teacher";
      case TRAINEE_EVALUATION_FORM -> "-survey-trainee";
      case ONLINE_LEARNING_RECORD -> "-online";
      default -> "-" + type.name().toLowerCase(Locale.ROOT);
    };
  }

  private boolean onLeave(String traineeId, LocalDate day) {
    return leaves.stream().anyMatch(l -> l.traineeId().equals(traineeId) && !day.isBefore(l.from()) && !day.isAfter(l.to()));
  }

  private boolean examined(String traineeId) {
    return leaves.stream().noneMatch(l -> l.traineeId().equals(traineeId) && !l.examined());
  }

  /** Writes the complete archive of a class run by the book. */
  ClassDraft fill() {
    TrainingClass c = current();
    List<Lesson> lessons = c.lessons();
    LocalDate lastLesson = lessons.get(lessons.size() - 1).date();
    LocalDate end = examDay != null && examDay.isAfter(lastLesson) ? examDay : lastLesson;
    b.end(end);
    Random random = new Random(id.hashCode());

    for (Leave l : leaves) {
      b.leaveNotes.add(new LeaveNote(l.traineeId(), l.from(), l.to(), l.reason(), Optional.ofNullable(headTeacherId)));
    }
    for (int li = 0; li < lessons.size(); li++) {
      Lesson l = lessons.get(li);
      b.lessonRecords.add(new LessonRecord(l.id(), l.date(), l.course(), l.teacherId(), true));
      List<String> present = new ArrayList<>();
      for (int ti = 0; ti < c.trainees().size(); ti++) {
        String t = c.trainees().get(ti).id();
        if (onLeave(t, l.date())) {
          continue;
        }
        present.add(t);
        if (l.mode() == DeliveryMode.ONLINE) {
          LocalTime in = l.start().plusMinutes((ti * 7 + li) % 12);
          LocalTime out = l.end().plusMinutes((ti * 3 + li) % 9);
          b.attendance.add(new AttendanceEntry(t, l.id(), true, Optional.of(in), true, Optional.of(out), AttendanceMethod.ONLINE_PLATFORM));
        } else {
          LocalTime in = l.start().minusMinutes(3 + (ti * 7 + li * 3) % 13);
          LocalTime out = l.end().plusMinutes((ti * 5 + li) % 9);
          b.attendance.add(new AttendanceEntry(t, l.id(), true, Optional.of(in), true, Optional.of(out), method));
        }
      }
      if (l.kind() == LessonKind.PRACTICAL) {
        if (practiceEquipment.isEmpty()) {
          throw new IllegalStateException(id + ": practical lesson " + l.id() + " but no practice equipment");
        }
        b.practicalRecords.add(new PracticalRecord("pr-" + l.id(), l.date(), Optional.of(l.id()), l.teacherId(), practiceEquipment, present));
      }
    }

    // Exams: everyone who completed the hours, unless a leave note says otherwise.
    List<String> candidates = new ArrayList<>();
    for (Trainee t : c.trainees()) {
      if (examined(t.id())) {
        candidates.add(t.id());
      }
    }
    if (examDay != null) {
      List<ExamScore> theory = new ArrayList<>();
      List<ExamScore> retakeScores = new ArrayList<>();
      for (String t : candidates) {
        if (retakes.contains(t)) {
          theory.add(new ExamScore(t, BigDecimal.valueOf(66 + random.nextInt(12)), 1));
          retakeScores.add(new ExamScore(t, BigDecimal.valueOf(81 + random.nextInt(10)), 2));
        } else {
          theory.add(new ExamScore(t, BigDecimal.valueOf(80 + random.nextInt(19)), 1));
        }
      }
      b.exams.add(new ExamSession(theoryExamId(), ExamKind.THEORY, examDay, examiners, theory, examiners, List.of()));
      if (!practicalExamEquipment.isEmpty()) {
        List<ExamScore> practical = new ArrayList<>();
        List<PracticalExamRecord> practicalRecords = new ArrayList<>();
        LocalTime from = PRACTICAL_EXAM_START;
        for (String t : candidates) {
          practical.add(new ExamScore(t, BigDecimal.valueOf(82 + random.nextInt(17)), 1));
          int n = practicalRecords.size();
          practicalRecords.add(new PracticalExamRecord(t, practicalExamEquipment.get(n % practicalExamEquipment.size()),
              Optional.of(from), Optional.of(from.plusMinutes(PRACTICAL_EXAM_MINUTES)), examiners.get(n % examiners.size())));
          from = from.plusMinutes(PRACTICAL_EXAM_MINUTES);
        }
        b.exams.add(new ExamSession(practicalExamId(), ExamKind.PRACTICAL, examDay, examiners, practical, examiners, practicalExamEquipment,
            practicalRecords));
      }
      if (!retakeScores.isEmpty()) {
        b.exams.add(new ExamSession(theoryExamId() + "-retake", ExamKind.THEORY, examDay.plusDays(7), examiners, retakeScores,
            examiners, List.of()));
      }
    }

    // The forms a closed class files.
    String headTeacher = headTeacherId == null ? "" : inst.nameOf(headTeacherId);
    LocalDate lastDay = end;
    b.documents.add(form(ClassDocumentType.HEAD_TEACHER_LOG, lastDay, fields("headTeacher", headTeacher,
        "days", String.valueOf(lessons.stream().map(Lesson::date).distinct().count()),
        "notes", "每日记录学员出勤、课堂纪律及教学情况")));
    List<FormRow> rows = new ArrayList<>();
    for (Lesson l : lessons) {
      rows.add(new FormRow(Optional.of(l.id()), l.course(), Optional.of(l.hours()), Optional.of(l.teacherId()), true));
    }
    b.documents.add(new ClassDocument(documentId(ClassDocumentType.PLAN_EXECUTION_FORM), ClassDocumentType.PLAN_EXECUTION_FORM,
        Optional.empty(), Optional.of(lastDay), true, Map.of(), rows));
    int passed = candidates.size();
    b.documents.add(form(ClassDocumentType.ASSESSMENT_FORM, lastDay, fields(
        FormFields.HEAD_TEACHER_APPRAISAL, examDay == null
            ? "全班学员按计划完成培训学时，学习态度端正，遵守培训纪律"
            : "全班学员学习态度端正，遵守培训纪律，" + passed + "人参加考核，考核合格",
        FormFields.INSTITUTION_OPINION, examDay == null ? "同意结业" : "同意" + passed + "名考核合格学员结业",
        "trainees", String.valueOf(c.trainees().size()))));
    if (archiveCards) {
      String[] appraisals = {"学习认真，按时出勤，掌握本工种安全知识和操作技能", "遵守纪律，积极参加实操训练，考核合格",
          "学习态度端正，理论联系实际，考核合格", "出勤良好，能够按规程完成实操项目"};
      for (int i = 0; i < c.trainees().size(); i++) {
        String t = c.trainees().get(i).id();
        boolean done = candidates.contains(t);
        b.documents.add(new ClassDocument(id + "-card-" + t, ClassDocumentType.ARCHIVE_CARD, Optional.of(t), Optional.of(lastDay), true,
            fields(FormFields.HEAD_TEACHER_APPRAISAL, done ? appraisals[i % appraisals.length] : "请假未完成规定学时",
                FormFields.INSTITUTION_OPINION, done ? "同意结业" : "未参加考核，转下期补训"), List.of()));
      }
    }
    b.documents.add(form(ClassDocumentType.EVALUATION_REPORT, lastDay.plusDays(3), fields(
        FormFields.CONCLUSION, "本期培训按教学计划组织实施，课时落实，考核规范，达到培训目标",
        "plannedHours", LESSON_HOURS.multiply(BigDecimal.valueOf(lessons.size())).toPlainString())));
    b.documents.add(form(ClassDocumentType.MANAGEMENT_SURVEY, lastDay, fields("respondents", String.valueOf(c.trainees().size()),
        "satisfied", (90 + random.nextInt(10)) + "%")));
    b.documents.add(form(ClassDocumentType.TEACHER_SATISFACTION_SURVEY, lastDay, fields("respondents", String.valueOf(c.trainees().size()),
        "satisfied", (90 + random.nextInt(10)) + "%")));
    b.documents.add(form(ClassDocumentType.TRAINEE_EVALUATION_FORM, lastDay, fields("evaluated", String.valueOf(c.trainees().size()))));
    if (c.commissionedBy().isPresent()) {
      b.documents.add(form(ClassDocumentType.ENTRUSTMENT_AGREEMENT, c.start().minusDays(10),
          fields("party", c.commissionedBy().get(), "trainees", String.valueOf(c.trainees().size()))));
    }
    if (c.mode() != DeliveryMode.OFFLINE) {
      b.documents.add(form(ClassDocumentType.ONLINE_LEARNING_RECORD, lastDay, fields("platform", "山西省安全生产网络学习平台",
          "export", "学员登录、学习时长及签到签退记录")));
    }
    return this;
  }

  private ClassDocument form(ClassDocumentType type, LocalDate dated, Map<String, String> fields) {
    return new ClassDocument(documentId(type), type, Optional.empty(), Optional.of(dated), true, fields, List.of());
  }

  /** Named fields in the order given (a stable order: the files must not change from run to run). */
  static Map<String, String> fields(String... namesAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      m.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }

  // ---- what the inspectors found: records taken out or altered ----------------------------------------------

  /** Takes out the sign-in line of {@code traineeId} for {@code lessonId}. */
  ClassDraft withoutAttendance(String traineeId, String lessonId) {
    boolean removed = b.attendance.removeIf(e -> e.traineeId().equals(traineeId) && e.lessonId().equals(lessonId));
    check(removed, "no sign-in line of " + traineeId + " for " + lessonId);
    b.practicalRecords.replaceAll(r -> r.lessonId().equals(Optional.of(lessonId)) ? without(r, traineeId) : r);
    return this;
  }

  /** Takes out every sign-in line of {@code traineeId}, and the trainee from the practical-training records. */
  ClassDraft withoutAnyAttendance(String traineeId) {
    check(b.attendance.removeIf(e -> e.traineeId().equals(traineeId)), "no sign-in line of " + traineeId);
    b.practicalRecords.replaceAll(r -> without(r, traineeId));
    return this;
  }

  private static PracticalRecord without(PracticalRecord r, String traineeId) {
    List<String> ids = new ArrayList<>(r.traineeIds());
    ids.remove(traineeId);
    return new PracticalRecord(r.id(), r.date(), r.lessonId(), r.instructorId(), r.equipmentIds(), ids);
  }

  /** Takes {@code traineeId} off every score sheet. */
  ClassDraft withoutScores(String traineeId) {
    b.exams.replaceAll(s -> {
      List<ExamScore> scores = new ArrayList<>(s.scores());
      scores.removeIf(sc -> sc.traineeId().equals(traineeId));
      return new ExamSession(s.id(), s.kind(), s.date(), s.examinerIds(), scores, s.scoreSheetSignedBy(), s.equipmentIds(),
            s.practicalExams());
    });
    return this;
  }

  /** Replaces every sign-in line by {@code change} applied to it. */
  ClassDraft mapAttendance(UnaryOperator<AttendanceEntry> change) {
    b.attendance.replaceAll(change);
    return this;
  }

  /** Takes out the class documents of these types. */
  ClassDraft withoutDocuments(ClassDocumentType... types) {
    for (ClassDocumentType t : types) {
      check(b.documents.removeIf(d -> d.type() == t), "no document of type " + t);
    }
    return this;
  }

  /** Replaces every class document of {@code type} by {@code change} applied to it. */
  ClassDraft mapDocuments(ClassDocumentType type, UnaryOperator<ClassDocument> change) {
    b.documents.replaceAll(d -> d.type() == type ? change.apply(d) : d);
    return this;
  }

  /** Replaces the record of lesson {@code lessonId} by {@code change} applied to it. */
  ClassDraft mapLessonRecord(String lessonId, UnaryOperator<LessonRecord> change) {
    check(b.lessonRecords.stream().anyMatch(r -> r.lessonId().equals(lessonId)), "no record of lesson " + lessonId);
    b.lessonRecords.replaceAll(r -> r.lessonId().equals(lessonId) ? change.apply(r) : r);
    return this;
  }

  /** Replaces the exam session {@code sessionId} by {@code change} applied to it. */
  ClassDraft mapExam(String sessionId, UnaryOperator<ExamSession> change) {
    check(b.exams.stream().anyMatch(s -> s.id().equals(sessionId)), "no exam session " + sessionId);
    b.exams.replaceAll(s -> s.id().equals(sessionId) ? change.apply(s) : s);
    return this;
  }

  /** Takes out the practical-training records of {@code day}. */
  ClassDraft withoutPracticalRecordsOn(LocalDate day) {
    check(b.practicalRecords.removeIf(r -> r.date().equals(day)), "no practical-training record on " + day);
    return this;
  }

  private void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(id + ": " + what);
    }
  }

  // ---- filing and building -----------------------------------------------------------------------------------

  /**
   * Files the archive into volumes: the training volume (培训档案) holds the class's documents, the exam volume
   * (考核档案) the exam sessions, the assessment form and the archive cards, the online volume the online-learning
   * records.
   */
  ClassDraft file(Filing filing) {
    b.archive.clear();
    List<String> training = new ArrayList<>();
    List<String> exam = new ArrayList<>();
    List<String> online = new ArrayList<>();
    for (ExamSession s : b.exams) {
      exam.add(s.id());
    }
    for (ClassDocument d : b.documents) {
      switch (d.type()) {
        case ASSESSMENT_FORM, ARCHIVE_CARD -> exam.add(d.id());
        case ONLINE_LEARNING_RECORD -> online.add(d.id());
        default -> training.add(d.id());
      }
    }
    training.removeAll(filing.leftOut());
    exam.removeAll(filing.leftOut());
    online.removeAll(filing.leftOut());
    b.archive.add(new ArchiveVolume(id + "-vol-training", VolumeKind.TRAINING, filing.trainingBound(), training));
    if (!exam.isEmpty()) {
      b.archive.add(new ArchiveVolume(id + "-vol-exam", VolumeKind.EXAM, filing.examBound(), exam));
    }
    if (!online.isEmpty()) {
      b.archive.add(new ArchiveVolume(id + "-vol-online", VolumeKind.ONLINE, filing.onlineBound(), online));
    }
    return this;
  }

  /** Files everything in bound volumes (unless {@link #file} was called) and adds the class to its institution. */
  TrainingClass build() {
    if (b.archive.isEmpty()) {
      file(Filing.BOUND);
    }
    TrainingClass c = current();
    inst.b.classes.add(c);
    return c;
  }
}
