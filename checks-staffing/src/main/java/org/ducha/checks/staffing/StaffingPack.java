package org.ducha.checks.staffing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.ducha.check.Check;
import org.ducha.check.CheckPack;
import org.ducha.check.InspectionCheck;

/** The first-party staffing pack: checks of the notice's staffing group. */
public final class StaffingPack implements CheckPack {
  /** The pack id, the prefix of its check ids. */
  public static final String ID = "staffing";

  /** Written into {@code pack.properties} beside this class when the module is built. */
  private static final String VERSION = buildVersion();

  /** Sorted by check id. */
  private static final List<Check> CHECKS = List.of(
      new ExamStaffRosterMissing(),
      new ExaminerCertificateInvalid(),
      new ExternalTeachersExcessive(),
      new InstructorSpecialtyMismatch(),
      new ManagerTeacherOverlap(),
      new ManagersTooFew(),
      new PracticalTrainingUnqualifiedInstructor(),
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
  private static final List<InspectionCheck<?, ?>> INSPECTION_CHECKS = List.of(
      new ExaminerAcrossSites(),
      new IdentityNameMismatch(),
      new TeacherAcrossInstitutions());

  @Override
  public List<InspectionCheck<?, ?>> inspectionChecks() {
    return INSPECTION_CHECKS;
  }

  private static String buildVersion() {
    try (InputStream in = StaffingPack.class.getResourceAsStream("pack.properties")) {
      if (in == null) {
        throw new IllegalStateException("pack.properties is missing beside " + StaffingPack.class.getName());
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pack.properties beside " + StaffingPack.class.getName(), e);
    }
  }
}
