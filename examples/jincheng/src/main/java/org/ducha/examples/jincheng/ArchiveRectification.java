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
import java.util.Set;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.ExamScore;
import org.ducha.model.ExamSession;
import org.ducha.model.FormFields;
import org.ducha.model.FormRow;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.LessonRecord;
import org.ducha.model.PracticalRecord;
import org.ducha.model.StaffMember;
import org.ducha.model.TrainingClass;
import org.ducha.model.VolumeKind;

/**
 * The clean-up of a class archive after the notice (举一反三开展全面清查，该补的补、该完善的完善): what can be supplied after the
 * fact is supplied, what is incomplete is completed, and nothing that happened is rewritten. A class archive that was
 * complete comes out unchanged.
 *
 * <ul>
 *   <li>missing forms written (head-teacher log, execution form, assessment form, evaluation report, surveys, the
 *       entrustment agreement of a commissioned class, the online-learning record of an online class);
 *   <li>forms sealed and dated; assessment forms and archive cards given the head teacher's appraisal and the
 *       institution's opinion; the execution form's rows completed from the teaching plan and signed;
 *   <li>lesson records signed by their teachers; score sheets signed by their examiners;
 *   <li>sign-in lines given the lesson's times where the sheet left them out; an absence without a leave note given
 *       one (补办请假手续), approved by the head teacher;
 *   <li>a practical lesson without its practical-training record given one, from its sign-in sheet; an online lesson
 *       without the platform's records given the platform's export;
 *   <li>everything filed into bound volumes: the training volume, the exam volume (exam sessions, assessment form and
 *       archive cards) and the online volume.
 * </ul>
 */
final class ArchiveRectification {
  private ArchiveRectification() {}

  /** The archive of {@code c}, supplemented and completed. */
  static TrainingClass supplement(Institution institution, TrainingClass c) {
    return c.with(b -> {
      Optional<String> headTeacher = c.headTeacherId();
      String headTeacherName = headTeacher.flatMap(id -> institution.staff().stream().filter(s -> s.id().equals(id)).findFirst())
          .map(StaffMember::name).orElse("");
      Map<String, Lesson> lessons = new LinkedHashMap<>();
      c.lessons().forEach(l -> lessons.put(l.id(), l));
      LocalDate lastDay = c.end();

      b.lessonRecords.replaceAll(r -> r.teacherSigned() ? r : new LessonRecord(r.lessonId(), r.date(), r.topic(), r.teacherId(), true));

      // Sign-in times left out: the lesson's times.
      b.attendance.replaceAll(a -> {
        Lesson l = lessons.get(a.lessonId());
        if (l == null || l.mode() == DeliveryMode.ONLINE) {
          return a;
        }
        Optional<LocalTime> in = a.signedIn() && a.signInTime().isEmpty() ? Optional.of(l.start().minusMinutes(5)) : a.signInTime();
        Optional<LocalTime> out = a.signedOut() && a.signOutTime().isEmpty() ? Optional.of(l.end().plusMinutes(2)) : a.signOutTime();
        return new AttendanceEntry(a.traineeId(), a.lessonId(), a.signedIn(), in, a.signedOut(), out, a.method());
      });

      // The platform's export for online lessons that have no sign-in line at all.
      for (Lesson l : c.lessons()) {
        if (l.mode() != DeliveryMode.ONLINE || !l.date().isBefore(institution.inspectedOn())) {
          continue;
        }
        boolean kept = b.attendance.stream().anyMatch(a -> a.lessonId().equals(l.id()));
        if (!kept) {
          for (var t : c.trainees()) {
            if (!onLeave(b.leaveNotes, t.id(), l.date())) {
              b.attendance.add(new AttendanceEntry(t.id(), l.id(), true, Optional.of(l.start().plusMinutes(4)), true,
                  Optional.of(l.end().plusMinutes(3)), AttendanceMethod.ONLINE_PLATFORM));
            }
          }
        }
      }

      // An absence without a leave note: the note is supplied (补办请假手续).
      Set<String> withScores = new LinkedHashSet<>();
      c.exams().forEach(s -> s.scores().forEach(sc -> withScores.add(sc.traineeId())));
      for (Lesson l : c.lessons()) {
        if (l.mode() == DeliveryMode.ONLINE || l.date().isAfter(lastDay)) {
          continue;
        }
        for (var t : c.trainees()) {
          boolean signed = b.attendance.stream().anyMatch(a -> a.traineeId().equals(t.id()) && a.lessonId().equals(l.id()));
          boolean anySheet = b.attendance.stream().anyMatch(a -> a.traineeId().equals(t.id()));
          if (!signed && anySheet && !onLeave(b.leaveNotes, t.id(), l.date())) {
            b.leaveNotes.add(new LeaveNote(t.id(), l.date(), l.date(), "事假（补办请假手续）", headTeacher));
          }
        }
      }

      // Practical lessons without their practical-training record.
      List<String> practiceEquipment = new ArrayList<>();
      c.practicalRecords().forEach(r -> r.equipmentIds().forEach(e -> {
        if (!practiceEquipment.contains(e)) {
          practiceEquipment.add(e);
        }
      }));
      for (Lesson l : c.lessons()) {
        if (l.kind() != LessonKind.PRACTICAL || l.date().isAfter(lastDay) || practiceEquipment.isEmpty()) {
          continue;
        }
        boolean recorded = b.practicalRecords.stream().anyMatch(r -> r.lessonId().equals(Optional.of(l.id())) || r.date().equals(l.date())
            && r.lessonId().isEmpty());
        if (!recorded) {
          List<String> present = b.attendance.stream().filter(a -> a.lessonId().equals(l.id()) && a.signedIn()).map(AttendanceEntry::traineeId)
              .toList();
          b.practicalRecords.add(new PracticalRecord("pr-" + l.id(), l.date(), Optional.of(l.id()), l.teacherId(), practiceEquipment, present));
        }
      }

      // Score sheets signed by their examiners.
      b.exams.replaceAll(s -> s.scoreSheetSignedBy().containsAll(s.examinerIds()) ? s
          : new ExamSession(s.id(), s.kind(), s.date(), s.examinerIds(), s.scores(), s.examinerIds(), s.equipmentIds()));

      // The forms a closed class files.
      if (!lastDay.isBefore(institution.inspectedOn())) {
        return b;
      }
      int trainees = c.trainees().size();
      Set<String> examined = new LinkedHashSet<>();
      b.exams.forEach(s -> s.scores().forEach(sc -> examined.add(sc.traineeId())));
      ensure(b.documents, c, ClassDocumentType.HEAD_TEACHER_LOG, lastDay, fields("headTeacher", headTeacherName,
          "days", String.valueOf(c.lessons().stream().map(Lesson::date).distinct().count()), "notes", "据签到表、教学日志补记学员出勤及教学情况"));
      List<FormRow> rows = new ArrayList<>();
      for (Lesson l : c.lessons()) {
        rows.add(new FormRow(Optional.of(l.id()), l.course(), Optional.of(l.hours()), Optional.of(l.teacherId()), true));
      }
      b.documents.removeIf(d -> d.type() == ClassDocumentType.PLAN_EXECUTION_FORM && !d.rows().equals(rows));
      if (b.documents.stream().noneMatch(d -> d.type() == ClassDocumentType.PLAN_EXECUTION_FORM)) {
        b.documents.add(new ClassDocument(documentId(c, ClassDocumentType.PLAN_EXECUTION_FORM), ClassDocumentType.PLAN_EXECUTION_FORM,
            Optional.empty(), Optional.of(lastDay), true, Map.of(), rows));
      }
      ensure(b.documents, c, ClassDocumentType.ASSESSMENT_FORM, lastDay, fields(
          FormFields.HEAD_TEACHER_APPRAISAL, "全班学员学习态度端正，遵守培训纪律，" + examined.size() + "人参加考核",
          FormFields.INSTITUTION_OPINION, "同意考核合格学员结业", "trainees", String.valueOf(trainees)));
      ensure(b.documents, c, ClassDocumentType.EVALUATION_REPORT, lastDay.plusDays(3), fields(
          FormFields.CONCLUSION, "本期培训按教学计划组织实施，课时落实，考核规范，达到培训目标",
          "plannedHours", c.lessons().stream().map(Lesson::hours).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString()));
      ensure(b.documents, c, ClassDocumentType.MANAGEMENT_SURVEY, lastDay, fields("respondents", String.valueOf(trainees), "satisfied", "93%"));
      ensure(b.documents, c, ClassDocumentType.TEACHER_SATISFACTION_SURVEY, lastDay, fields("respondents", String.valueOf(trainees), "satisfied", "95%"));
      ensure(b.documents, c, ClassDocumentType.TRAINEE_EVALUATION_FORM, lastDay, fields("evaluated", String.valueOf(trainees)));
      if (c.commissionedBy().isPresent()) {
        ensure(b.documents, c, ClassDocumentType.ENTRUSTMENT_AGREEMENT, c.start().minusDays(10),
            fields("party", c.commissionedBy().get(), "trainees", String.valueOf(trainees)));
      }
      if (c.mode() != DeliveryMode.OFFLINE) {
        ensure(b.documents, c, ClassDocumentType.ONLINE_LEARNING_RECORD, lastDay, fields("platform", "山西省安全生产网络学习平台",
            "export", "学员登录、学习时长及签到签退记录（平台导出）"));
      }
      // Sealed, dated and complete.
      b.documents.replaceAll(d -> {
        Map<String, String> f = new LinkedHashMap<>(d.fields());
        if (d.type() == ClassDocumentType.ASSESSMENT_FORM || d.type() == ClassDocumentType.ARCHIVE_CARD) {
          fill(f, FormFields.HEAD_TEACHER_APPRAISAL, d.type() == ClassDocumentType.ARCHIVE_CARD ? "学习认真，按时出勤，考核合格" : "全班学员学习态度端正，遵守培训纪律");
          fill(f, FormFields.INSTITUTION_OPINION, "同意结业");
        }
        return new ClassDocument(d.id(), d.type(), d.traineeId(), d.dated().or(() -> Optional.of(lastDay)), true, f, d.rows());
      });

      // Filed into bound volumes.
      List<String> training = new ArrayList<>();
      List<String> exam = new ArrayList<>();
      List<String> online = new ArrayList<>();
      b.exams.forEach(s -> exam.add(s.id()));
      for (ClassDocument d : b.documents) {
        switch (d.type()) {
          case ASSESSMENT_FORM, ARCHIVE_CARD -> exam.add(d.id());
          case ONLINE_LEARNING_RECORD -> online.add(d.id());
          default -> training.add(d.id());
        }
      }
      b.archive.clear();
      b.archive.add(new ArchiveVolume(c.id() + "-vol-training", VolumeKind.TRAINING, true, training));
      if (!exam.isEmpty()) {
        b.archive.add(new ArchiveVolume(c.id() + "-vol-exam", VolumeKind.EXAM, true, exam));
      }
      if (!online.isEmpty()) {
        b.archive.add(new ArchiveVolume(c.id() + "-vol-online", VolumeKind.ONLINE, true, online));
      }
      return b;
    });
  }

  /** The class without the scores of {@code traineeIds} on any score sheet (成绩作废). */
  static TrainingClass withoutScores(TrainingClass c, Set<String> traineeIds) {
    return c.with(b -> {
      b.exams.replaceAll(s -> {
        List<ExamScore> scores = new ArrayList<>(s.scores());
        scores.removeIf(sc -> traineeIds.contains(sc.traineeId()));
        return new ExamSession(s.id(), s.kind(), s.date(), s.examinerIds(), scores, s.scoreSheetSignedBy(), s.equipmentIds(),
            s.practicalExams());
      });
      return b;
    });
  }

  private static boolean onLeave(List<LeaveNote> notes, String traineeId, LocalDate day) {
    return notes.stream().anyMatch(n -> n.traineeId().equals(traineeId) && !day.isBefore(n.from()) && !day.isAfter(n.to()));
  }

  private static void ensure(List<ClassDocument> documents, TrainingClass c, ClassDocumentType type, LocalDate dated, Map<String, String> fields) {
    if (documents.stream().noneMatch(d -> d.type() == type)) {
      documents.add(new ClassDocument(documentId(c, type), type, Optional.empty(), Optional.of(dated), true, fields, List.of()));
    }
  }

  private static void fill(Map<String, String> fields, String name, String value) {
    String v = fields.get(name);
    if (v == null || v.isBlank()) {
      fields.put(name, value);
    }
  }

  /** The id a supplied form gets: the class's id and the form's suffix, as the class's other forms are named. */
  private static String documentId(TrainingClass c, ClassDocumentType type) {
    return c.id() + switch (type) {
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

  private static Map<String, String> fields(String... namesAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      m.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }
}
