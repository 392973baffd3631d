package org.example.embedding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.Certificate;
import org.ducha.model.CertificateType;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Employment;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamScore;
import org.ducha.model.ExamSession;
import org.ducha.model.FormFields;
import org.ducha.model.FormRow;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.LessonRecord;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.model.PracticalRecord;
import org.ducha.model.Roster;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.StaffRole;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;
import org.ducha.model.TrainingKind;
import org.ducha.model.VolumeKind;

/**
 * Maps the management system's records to Ducha's model: a {@link Centre} becomes an {@link Institution}, a
 * {@link Course} a {@link TrainingClass}, an {@link Enrollment} a {@link Trainee} with sign-in lines, a
 * {@link Teacher} or {@link Manager} a {@link StaffMember} on the training-staff roster. Records only: which of them
 * are defective is for the checks to say.
 */
public final class CentreRecords {
  private CentreRecords() {}

  /** The centre's records as Ducha reads them, on {@code day} (the day of the self-check). */
  public static Institution toInstitution(Centre centre, LocalDate day) {
    Institution.Builder b = Institution.builder()
        .id(centre.code())
        .name(centre.name())
        .legalForm(LegalForm.ENTERPRISE_LEGAL_PERSON)
        .inspectedOn(day);
    Map<String, OperationType> operations = new LinkedHashMap<>();
    for (Course c : centre.courses()) {
      operations.putIfAbsent(c.operation(), new OperationType(c.operation(), c.operationName(), OperationCategory.SPECIAL_OPERATION));
    }
    b.operationTypes.addAll(operations.values());
    List<RosterEntry> roster = new ArrayList<>();
    for (Manager m : centre.managers()) {
      b.staff.add(new StaffMember(m.id(), m.name(), Employment.LABOUR_CONTRACT, Optional.empty(), List.of(), List.of(), m.joined(),
          Optional.empty(), Optional.empty()));
      roster.add(new RosterEntry(m.id(), StaffRole.MANAGER, true));
    }
    for (Teacher t : centre.teachers()) {
      b.staff.add(staffMember(t));
      roster.add(new RosterEntry(t.id(), t.instructor() ? StaffRole.PRACTICAL_INSTRUCTOR : StaffRole.TEACHER, t.fullTime()));
    }
    for (Course c : centre.courses()) {
      if (roster.stream().noneMatch(e -> e.staffId().equals(c.coordinatorId()) && e.role() == StaffRole.HEAD_TEACHER)) {
        roster.add(new RosterEntry(c.coordinatorId(), StaffRole.HEAD_TEACHER, false));
      }
      b.classes.add(trainingClass(c));
    }
    b.rosters.add(new Roster(centre.code() + "-roster", RosterType.TRAINING_STAFF, day, roster));
    return b.build();
  }

  private static StaffMember staffMember(Teacher t) {
    Certificate licence = new Certificate(CertificateType.TEACHER, t.id() + "-licence", Optional.empty(), t.joined(),
        Optional.of(t.licenceValidUntil()));
    return new StaffMember(t.id(), t.name(), t.employee() ? Employment.LABOUR_CONTRACT : Employment.ENGAGED, Optional.empty(),
        t.subjects(), List.of(licence), t.joined(), Optional.empty(), Optional.of(t.yearsOfPractice()));
  }

  /** The course as a class with its archive (一期一档). */
  static TrainingClass trainingClass(Course course) {
    TrainingClass.Builder c = TrainingClass.builder()
        .id(course.code())
        .name(course.title())
        .operationType(course.operation())
        .kind(course.refresher() ? TrainingKind.REFRESHER : TrainingKind.INITIAL)
        .mode(DeliveryMode.OFFLINE)
        .start(course.firstDay())
        .end(course.lastDay())
        .headTeacherId(course.coordinatorId());
    List<FormRow> timetable = new ArrayList<>();
    for (Session s : course.sessions()) {
      BigDecimal hours = BigDecimal.valueOf(s.hours());
      c.lessons.add(new Lesson(s.id(), s.day(), s.from(), s.to(), s.topic(), s.teacherId(), hours,
          s.practical() ? LessonKind.PRACTICAL : LessonKind.THEORY, DeliveryMode.OFFLINE));
      c.lessonRecords.add(new LessonRecord(s.id(), s.day(), s.topic(), s.teacherId(), s.teacherSigned()));
      timetable.add(new FormRow(Optional.of(s.id()), s.topic(), Optional.of(hours), Optional.of(s.teacherId()), s.teacherSigned()));
      if (s.practical()) {
        List<String> present = course.enrollments().stream().filter(e -> e.checkIns().containsKey(s.id())).map(Enrollment::studentId).toList();
        c.practicalRecords.add(new PracticalRecord(course.code() + "-practice-" + s.id(), s.day(), Optional.of(s.id()), s.teacherId(),
            List.of(), present));
      }
    }
    List<ExamScore> theory = new ArrayList<>();
    List<ExamScore> practical = new ArrayList<>();
    for (Enrollment e : course.enrollments()) {
      c.trainees.add(new Trainee(e.studentId(), e.name(), e.employer()));
      for (Session s : course.sessions()) {
        CheckIn in = e.checkIns().get(s.id());
        if (in != null) {
          c.attendance.add(new AttendanceEntry(e.studentId(), s.id(), true, Optional.of(in.in()), true, Optional.of(in.out()),
              AttendanceMethod.FACE));
        }
      }
      e.theoryScore().ifPresent(score -> theory.add(new ExamScore(e.studentId(), BigDecimal.valueOf(score), 1)));
      e.practicalScore().ifPresent(score -> practical.add(new ExamScore(e.studentId(), BigDecimal.valueOf(score), 1)));
    }
    List<String> training = new ArrayList<>();
    List<String> exam = new ArrayList<>();
    for (FiledForm f : course.forms()) {
      ClassDocument d = document(course, f, timetable);
      c.documents.add(d);
      (f.kind() == FiledForm.Kind.ASSESSMENT ? exam : training).add(d.id());
    }
    // The exams were held by the provincial exam site; the centre files the score sheets it received.
    if (!theory.isEmpty()) {
      c.exams.add(new ExamSession(course.code() + "-exam-theory", ExamKind.THEORY, course.examDay(), List.of(), theory, List.of(), List.of()));
      exam.add(course.code() + "-exam-theory");
    }
    if (!practical.isEmpty()) {
      c.exams.add(new ExamSession(course.code() + "-exam-practical", ExamKind.PRACTICAL, course.examDay(), List.of(), practical, List.of(),
          List.of()));
      exam.add(course.code() + "-exam-practical");
    }
    c.archive.add(new ArchiveVolume(course.code() + "-training", VolumeKind.TRAINING, course.archiveBound(), training));
    c.archive.add(new ArchiveVolume(course.code() + "-exam", VolumeKind.EXAM, course.archiveBound(), exam));
    return c.build();
  }

  private static ClassDocument document(Course course, FiledForm f, List<FormRow> timetable) {
    String id = course.code() + "-" + f.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return switch (f.kind()) {
      case COORDINATOR_LOG -> form(id, ClassDocumentType.HEAD_TEACHER_LOG, f, Map.of(), List.of());
      case TIMETABLE_REPORT -> form(id, ClassDocumentType.PLAN_EXECUTION_FORM, f, Map.of(), timetable);
      case ASSESSMENT -> form(id, ClassDocumentType.ASSESSMENT_FORM, f,
          Map.of(FormFields.HEAD_TEACHER_APPRAISAL, "学习认真，考核合格", FormFields.INSTITUTION_OPINION, "同意结业"), List.of());
      case EVALUATION_REPORT -> form(id, ClassDocumentType.EVALUATION_REPORT, f, Map.of(FormFields.CONCLUSION, "达到培训目标"), List.of());
      case MANAGEMENT_SURVEY -> form(id, ClassDocumentType.MANAGEMENT_SURVEY, f, Map.of(), List.of());
      case TEACHER_SURVEY -> form(id, ClassDocumentType.TEACHER_SATISFACTION_SURVEY, f, Map.of(), List.of());
      case STUDENT_SURVEY -> form(id, ClassDocumentType.TRAINEE_EVALUATION_FORM, f, Map.of(), List.of());
    };
  }

  private static ClassDocument form(String id, ClassDocumentType type, FiledForm f, Map<String, String> fields, List<FormRow> rows) {
    return new ClassDocument(id, type, Optional.empty(), Optional.of(f.date()), f.sealed(), fields, rows);
  }
}
