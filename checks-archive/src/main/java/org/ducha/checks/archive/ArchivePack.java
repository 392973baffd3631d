package org.ducha.checks.archive;

import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckPack;
import org.ducha.check.InspectionCheck;

/**
 * The first-party archive pack: checks of the notice's archive group (培训考核档案管理不规范) — attendance, lessons,
 * the forms of a class archive (一期一档), online archives, binding, and exam archives.
 */
public final class ArchivePack implements CheckPack {
  /** The pack id, the prefix of its check ids. */
  public static final String ID = "archive";

  /** Sorted by check id. */
  private static final List<Check> CHECKS = List.of(
      new AssessmentFormIncomplete(),
      new AssessmentFormMissing(),
      new AttendanceAbsenceWithoutLeave(),
      new AttendanceDoublePresence(),
      new AttendanceDuringLeave(),
      new AttendanceNoTime(),
      new AttendanceUnsigned(),
      new ClassMixedOperationTypes(),
      new EntrustmentAgreementMissing(),
      new EvaluationReportMissing(),
      new EvaluationReportUnsealed(),
      new ExamExaminerTaughtClass(),
      new ExamHoursShort(),
      new ExamPracticalNotFiled(),
      new ExamScoreSheetUnsigned(),
      new ExamScoreWithoutAttendance(),
      new HeadTeacherLogMissing(),
      new LessonContentMismatch(),
      new LessonNotDelivered(),
      new ArchiveNotBound(),
      new OnlineIncomplete(),
      new OnlineNoArchive(),
      new PlanExecutionHoursMismatch(),
      new PlanExecutionMissing(),
      new PlanExecutionUnsigned(),
      new PracticalRecordMissing(),
      new SurveyMissing(),
      new TeacherUnsigned());

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "0.1.0";
  }

  @Override
  public List<Check> checks() {
    return CHECKS;
  }

  /** Sorted by check id. */
  private static final List<InspectionCheck<?, ?>> INSPECTION_CHECKS = List.of(new AttendanceAcrossInstitutions());

  @Override
  public List<InspectionCheck<?, ?>> inspectionChecks() {
    return INSPECTION_CHECKS;
  }
}
