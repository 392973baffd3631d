package org.ducha.checks.staffing;

import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckPack;
import org.ducha.check.InspectionCheck;

/** The first-party staffing pack: checks of the notice's staffing group. */
public final class StaffingPack implements CheckPack {
  /** The pack id, the prefix of its check ids. */
  public static final String ID = "staffing";

  /** Sorted by check id. */
  private static final List<Check> CHECKS = List.of(
      new ExamStaffRosterMissing(),
      new ExaminerCertificateInvalid(),
      new ExternalTeachersExcessive(),
      new InstructorSpecialtyMismatch(),
      new ManagerTeacherOverlap(),
      new ManagersTooFew(),
      new RosterStale(),
      new TeacherCertificateExpired(),
      new TeacherDoubleBooked(),
      new TeacherExperienceShort(),
      new TeacherNotEmployee(),
      new TrainingExamStaffOverlap());

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
  private static final List<InspectionCheck<?, ?>> INSPECTION_CHECKS = List.of(
      new ExaminerAcrossSites(),
      new IdentityNameMismatch(),
      new TeacherAcrossInstitutions());

  @Override
  public List<InspectionCheck<?, ?>> inspectionChecks() {
    return INSPECTION_CHECKS;
  }
}
