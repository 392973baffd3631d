package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.blended;
import static org.ducha.checks.archive.ArchiveScenarios.leave;
import static org.ducha.checks.archive.ArchiveScenarios.line;
import static org.ducha.checks.archive.ArchiveScenarios.mapLine;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.checks.archive.ArchiveScenarios.withoutLine;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.ExamKind;
import org.ducha.model.FormFields;
import org.ducha.model.FormRow;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.LessonRecord;
import org.ducha.model.Trainee;
import org.ducha.model.VolumeKind;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.ducha.testkit.PackContract;
import org.junit.jupiter.api.Test;

/**
 * The archive pack keeps the pack contract: ids, descriptors, messages, determinism, thread safety, fixtures. Every
 * message a check may choose (its own and each variant) is used by at least one firing fixture, so that the
 * placeholders of each are checked against the arguments the check gives.
 */
class PackContractTest {

  private static final Institution CLEAN = Fixtures.cleanInstitution();

  @Test
  void the_archive_pack_keeps_the_pack_contract() {
    PackContract.of(new ArchivePack())
        .clean(CLEAN, Fixtures.cleanTrainingOnly())
        .firing(AssessmentFormIncomplete.ID,
            // the assessment form unfilled (and unsealed, which is archive.assessment-form.unsealed's)
            offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.ASSESSMENT_FORM,
                d -> FormEdits.sealed(FormEdits.blankField(d, FormFields.HEAD_TEACHER_APPRAISAL), false))),
            // archive cards only unfilled
            offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.ARCHIVE_CARD,
                d -> FormEdits.blankField(FormEdits.blankField(d, FormFields.HEAD_TEACHER_APPRAISAL), FormFields.INSTITUTION_OPINION))))
        .firing(AssessmentFormUnsealed.ID,
            // one archive card only unsealed
            offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.ARCHIVE_CARD,
                d -> d.traineeId().orElseThrow().equals("tr-02") ? FormEdits.sealed(d, false) : d)))
        .firing(AttendanceDailyHoursExceeded.ID,
            offline(b -> ClockEdits.extraLesson(b, "l2", "x1", ArchiveScenarios.MARCH_7, "19:00", "20:00", "1", "tr-01", "19:00", "20:00")))
        .firing(AttendanceHoursExceedPresence.ID, offline(b -> {
          ClockEdits.extraLesson(b, "l1", "x1", java.time.LocalDate.of(2022, 3, 12), "08:30", "11:30", "4", "tr-01", "08:25", "11:30");
          return ClockEdits.extraLesson(b, "l1", "x2", java.time.LocalDate.of(2022, 3, 12), "08:30", "11:30", "4", "tr-01", "08:25", "11:30");
        }))
        .firing(ExamPracticalNotHeld.ID, offline(b -> {
          b.exams.replaceAll(x -> x.kind() == org.ducha.model.ExamKind.PRACTICAL ? new org.ducha.model.ExamSession(x.id(), x.kind(),
              x.date(), x.examinerIds(), x.scores(), x.scoreSheetSignedBy(), x.equipmentIds()) : x);
          return b;
        }))
        .firing(LessonCompressed.ID, offline(b -> ClockEdits.schedule(b, "l1", "08:30", "08:50")))
        .firing(LessonRecordCompressed.ID, offline(b -> ClockEdits.recordTimes(b, "l1", "08:30", "08:50")))
        .firing(LessonExamDrilling.ID, offline(b -> {
          b.lessonRecords.replaceAll(r -> r.lessonId().equals("l1")
              ? new LessonRecord(r.lessonId(), r.date(), "题库讲解与模拟考试", r.teacherId(), r.teacherSigned()) : r);
          return b;
        }))
        .firing(AssessmentFormMissing.ID, Mutations.withoutClassDocument(
            Mutations.withoutClassDocument(CLEAN, Fixtures.CLASS_OFFLINE, ClassDocumentType.ASSESSMENT_FORM),
            Fixtures.CLASS_OFFLINE, ClassDocumentType.ARCHIVE_CARD))
        .firing(AttendanceAbsenceWithoutLeave.ID, offline(b -> withoutLine(b, "tr-03", "l4")))
        .firing(AttendanceDoublePresence.ID, traineeInTwoClassesAtOnce())
        .firing(AttendanceDuringLeave.ID, offline(b -> {
          b.leaveNotes.add(new LeaveNote("tr-01", ArchiveScenarios.MARCH_8, ArchiveScenarios.MARCH_9, "事假", Optional.empty()));
          return b;
        }))
        .firing(AttendanceNoTime.ID, offline(b -> mapLine(b, "tr-01", "l1",
            e -> new AttendanceEntry(e.traineeId(), e.lessonId(), true, Optional.empty(), true, Optional.empty(), e.method()))))
        .firing(AttendanceUnsigned.ID,
            offline(b -> mapLine(b, "tr-02", "l3", ArchiveScenarios::signedInOnly)),
            // a lesson that was taught but nobody signed for
            offline(b -> {
              b.attendance.removeIf(e -> e.lessonId().equals("l2"));
              return b;
            }))
        .firing(EntrustmentAgreementMissing.ID,
            Mutations.withoutClassDocument(CLEAN, Fixtures.CLASS_OFFLINE, ClassDocumentType.ENTRUSTMENT_AGREEMENT))
        .firing(EvaluationReportMissing.ID,
            Mutations.withoutClassDocument(CLEAN, Fixtures.CLASS_OFFLINE, ClassDocumentType.EVALUATION_REPORT))
        .firing(EvaluationReportUnsealed.ID,
            offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.EVALUATION_REPORT, d -> FormEdits.undated(FormEdits.sealed(d, false)))),
            offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.EVALUATION_REPORT, d -> FormEdits.sealed(d, false))),
            offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.EVALUATION_REPORT, FormEdits::undated)))
        .firing(ExamExaminerTaughtClass.ID,
            offline(b -> {
              b.lessonRecords.replaceAll(r -> r.lessonId().equals("l2")
                  ? new LessonRecord(r.lessonId(), r.date(), r.topic(), Fixtures.EXAMINER_1, true) : r);
              return b;
            }),
            offline(b -> ExamEdits.mapSessions(b, ExamKind.PRACTICAL,
                s -> ExamEdits.examiners(s, List.of(Fixtures.EXAMINER_1, Fixtures.INSTRUCTOR)))))
        .firing(ExamHoursShort.ID, offline(b -> {
          withoutLine(b, "tr-02", "l5");
          withoutLine(b, "tr-02", "l6");
          b.leaveNotes.add(leave("tr-02", ArchiveScenarios.MARCH_9));
          return b;
        }))
        .firing(ExamPracticalNotFiled.ID,
            Mutations.mapArchiveVolume(CLEAN, Fixtures.CLASS_OFFLINE, Fixtures.volumeId(Fixtures.CLASS_OFFLINE, VolumeKind.EXAM), v -> {
              List<String> contents = new ArrayList<>(v.contents());
              contents.remove(Fixtures.examSessionId(Fixtures.CLASS_OFFLINE, ExamKind.PRACTICAL));
              return new ArchiveVolume(v.id(), v.kind(), v.bound(), contents);
            }))
        .firing(ExamScoreSheetUnsigned.ID,
            // no examiner signed: the check's own message
            offline(b -> ExamEdits.mapSessions(b, ExamKind.THEORY, s -> ExamEdits.signedBy(s, List.of()))),
            // one of the two examiners signed
            offline(b -> ExamEdits.mapSessions(b, ExamKind.THEORY, s -> ExamEdits.signedBy(s, List.of(Fixtures.EXAMINER_1)))))
        .firing(ExamScoreWithoutAttendance.ID, offline(b -> {
          b.attendance.removeIf(e -> e.traineeId().equals("tr-05"));
          return b;
        }))
        .firing(HeadTeacherLogMissing.ID,
            Mutations.withoutClassDocument(CLEAN, Fixtures.CLASS_OFFLINE, ClassDocumentType.HEAD_TEACHER_LOG))
        .firing(LessonContentMismatch.ID, offline(b -> {
          b.lessonRecords.replaceAll(r -> r.lessonId().equals("l3")
              ? new LessonRecord(r.lessonId(), r.date(), "高压电气设备倒闸操作", r.teacherId(), true) : r);
          return b;
        }))
        .firing(LessonNotDelivered.ID, offline(b -> {
          b.lessonRecords.removeIf(r -> r.lessonId().equals("l6"));
          return b;
        }))
        .firing(ArchiveNotBound.ID,
            // training and exam volumes: the check's own message
            unbound(Fixtures.CLASS_OFFLINE, VolumeKind.TRAINING, VolumeKind.EXAM),
            unbound(Fixtures.CLASS_OFFLINE, VolumeKind.TRAINING),
            unbound(Fixtures.CLASS_OFFLINE, VolumeKind.EXAM))
        .firing(OnlineIncomplete.ID,
            // records lacking (and the volume unbound, which is archive.online.not-bound's)
            Mutations.withoutClassDocument(unbound(Fixtures.CLASS_BLENDED, VolumeKind.ONLINE), Fixtures.CLASS_BLENDED,
                ClassDocumentType.ONLINE_LEARNING_RECORD),
            // an online lesson without platform records
            blended(b -> {
              b.attendance.removeIf(e -> e.lessonId().equals("m2"));
              return b;
            }))
        .firing(OnlineNotBound.ID,
            // the online volume unbound
            unbound(Fixtures.CLASS_BLENDED, VolumeKind.ONLINE))
        .firing(OnlineNoArchive.ID, blended(b -> {
          b.documents.removeIf(d -> d.type() == ClassDocumentType.ONLINE_LEARNING_RECORD);
          b.archive.removeIf(v -> v.kind() == VolumeKind.ONLINE);
          b.attendance.removeIf(e -> e.lessonId().equals("m1") || e.lessonId().equals("m2"));
          return b;
        }))
        .firing(PlanExecutionHoursMismatch.ID, offline(b -> FormEdits.mapExecutionRows(b, rows -> {
          rows.replaceAll(r -> r.lessonId().orElseThrow().equals("l2")
              ? new FormRow(r.lessonId(), r.course(), Optional.of(new BigDecimal("3")), r.teacherId(), true) : r);
          return rows;
        })))
        .firing(PlanExecutionMissing.ID,
            Mutations.withoutClassDocument(CLEAN, Fixtures.CLASS_BLENDED, ClassDocumentType.PLAN_EXECUTION_FORM))
        .firing(PlanExecutionUnsigned.ID, offline(b -> FormEdits.mapExecutionRows(b, rows -> {
          rows.replaceAll(r -> r.lessonId().orElseThrow().equals("l2")
              ? new FormRow(r.lessonId(), r.course(), r.hours(), r.teacherId(), false) : r);
          return rows;
        })))
        .firing(PracticalRecordMissing.ID, offline(b -> {
          b.practicalRecords.removeIf(r -> r.date().equals(ArchiveScenarios.MARCH_9));
          return b;
        }))
        .firing(SurveyMissing.ID,
            // all three: the check's own message
            withoutSurveys(ClassDocumentType.MANAGEMENT_SURVEY, ClassDocumentType.TEACHER_SATISFACTION_SURVEY,
                ClassDocumentType.TRAINEE_EVALUATION_FORM),
            withoutSurveys(ClassDocumentType.MANAGEMENT_SURVEY),
            withoutSurveys(ClassDocumentType.TEACHER_SATISFACTION_SURVEY),
            withoutSurveys(ClassDocumentType.TRAINEE_EVALUATION_FORM),
            withoutSurveys(ClassDocumentType.MANAGEMENT_SURVEY, ClassDocumentType.TEACHER_SATISFACTION_SURVEY),
            withoutSurveys(ClassDocumentType.MANAGEMENT_SURVEY, ClassDocumentType.TRAINEE_EVALUATION_FORM),
            withoutSurveys(ClassDocumentType.TEACHER_SATISFACTION_SURVEY, ClassDocumentType.TRAINEE_EVALUATION_FORM))
        .firing(TeacherUnsigned.ID, offline(b -> {
          b.lessonRecords.replaceAll(r -> r.teacherId().equals(Fixtures.TEACHER_2)
              ? new LessonRecord(r.lessonId(), r.date(), r.topic(), r.teacherId(), false) : r);
          return b;
        }))
        .firing(ClassMixedOperationTypes.ID, Mutations.mapTrainee(CLEAN, Fixtures.CLASS_OFFLINE, "tr-02", t -> t.withOperationType("welding")))
        .firingTogether(AttendanceAcrossInstitutions.ID,
            Mutations.traineeIdentity(CLEAN, Fixtures.CLASS_OFFLINE, "tr-01", Fixtures.identityNumber(1)),
            Mutations.asInstitution(Mutations.traineeIdentity(CLEAN, Fixtures.CLASS_OFFLINE, "tr-01", Fixtures.identityNumber(1)),
                "other-centre", "另一培训中心"))
        .cleanTogether(
            Mutations.traineeIdentity(CLEAN, Fixtures.CLASS_OFFLINE, "tr-01", Fixtures.identityNumber(1)),
            Mutations.asInstitution(Mutations.traineeIdentity(CLEAN, Fixtures.CLASS_OFFLINE, "tr-01", Fixtures.identityNumber(2)),
                "other-centre", "另一培训中心"))
        .discoverable()
        .verify();
  }

  /** The clean institution with the volumes of {@code kinds} of class {@code classId} unbound. */
  private static Institution unbound(String classId, VolumeKind... kinds) {
    List<VolumeKind> which = List.of(kinds);
    return Mutations.mapClass(CLEAN, classId, c -> c.with(b -> {
      b.archive.replaceAll(v -> which.contains(v.kind()) ? new ArchiveVolume(v.id(), v.kind(), false, v.contents()) : v);
      return b;
    }));
  }

  /** The clean institution without the offline class's forms of {@code types}. */
  private static Institution withoutSurveys(ClassDocumentType... types) {
    Institution inst = CLEAN;
    for (ClassDocumentType t : types) {
      inst = Mutations.withoutClassDocument(inst, Fixtures.CLASS_OFFLINE, t);
    }
    return inst;
  }

  /**
   * 刘洋 (tr-01, of the offline class) also enrolled in the blended class, and signed for its extra lesson m5 of
   * 2022-03-07 10:00-12:00, while the offline class's lesson l1 of that morning ran.
   */
  private static Institution traineeInTwoClassesAtOnce() {
    return blended(b -> {
      b.trainees.add(new Trainee("tr-01", "刘洋", Optional.empty()));
      b.lessons.add(new Lesson("m5", ArchiveScenarios.MARCH_7, LocalTime.of(10, 0), LocalTime.of(12, 0), "煤矿安全规程补充",
          Fixtures.TEACHER_2, new BigDecimal("2"), LessonKind.THEORY, DeliveryMode.OFFLINE));
      b.attendance.add(line("tr-01", "m5", LocalTime.of(9, 55), LocalTime.of(12, 0)));
      return b;
    });
  }
}
