package org.ducha.checks.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
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

  /** Written into {@code pack.properties} beside this class when the module is built. */
  private static final String VERSION = buildVersion();

  /** Sorted by check id. */
  private static final List<Check> CHECKS = List.of(
      new AssessmentFormIncomplete(),
      new AssessmentFormMissing(),
      new AssessmentFormUnsealed(),
      new AttendanceAbsenceWithoutLeave(),
      new AttendanceDailyHoursExceeded(),
      new AttendanceDoublePresence(),
      new AttendanceDuringLeave(),
      new AttendanceHoursExceedPresence(),
      new AttendanceNoTime(),
      new AttendanceUnsigned(),
      new ClassMixedOperationTypes(),
      new EntrustmentAgreementMissing(),
      new EvaluationReportMissing(),
      new EvaluationReportUnsealed(),
      new ExamExaminerTaughtClass(),
      new ExamHoursShort(),
      new ExamPracticalNotFiled(),
      new ExamPracticalNotHeld(),
      new ExamScoreSheetUnsigned(),
      new ExamScoreWithoutAttendance(),
      new HeadTeacherLogMissing(),
      new LessonCompressed(),
      new LessonContentMismatch(),
      new LessonExamDrilling(),
      new LessonNotDelivered(),
      new LessonRecordCompressed(),
      new ArchiveNotBound(),
      new OnlineIncomplete(),
      new OnlineNoArchive(),
      new OnlineNotBound(),
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

  /** The Maven project version the pack was built as; see {@code pack.properties}. */
  @Override
  public String version() {
    return VERSION;
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

  private static String buildVersion() {
    try (InputStream in = ArchivePack.class.getResourceAsStream("pack.properties")) {
      if (in == null) {
        throw new IllegalStateException("pack.properties is missing beside " + ArchivePack.class.getName());
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pack.properties beside " + ArchivePack.class.getName(), e);
    }
  }
}
