package org.ducha.checks.governance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.ducha.check.Check;
import org.ducha.check.CheckPack;

/** The first-party governance pack: checks of the notice's governance group. */
public final class GovernancePack implements CheckPack {
  /** The pack id, the prefix of its check ids. */
  public static final String ID = "governance";

  /** Written into {@code pack.properties} beside this class when the module is built. */
  private static final String VERSION = buildVersion();

  private static final List<Check> CHECKS = List.of(
      new EmergencyPlanHazardUncovered(),
      new EmergencyPlanMissing(),
      new EmergencyPlanNotToGuideline(),
      new EmergencyPlanOutdated(),
      new FeesUnpublished(),
      new LegalEntityNotIndependent(),
      new LogisticsAgreementExpired(),
      new PriorFindingsUnrectified(),
      new ProblemListMissing(),
      new RectificationPlanMissing(),
      new RectificationPlanPerfunctory(),
      new RulesMissing(),
      new RulesNotFormallyIssued(),
      new SelfInspectionReportMissing(),
      new ServiceAgreementExpired(),
      new TrainingExamNotSeparated());

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

  private static String buildVersion() {
    try (InputStream in = GovernancePack.class.getResourceAsStream("pack.properties")) {
      if (in == null) {
        throw new IllegalStateException("pack.properties is missing beside " + GovernancePack.class.getName());
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pack.properties beside " + GovernancePack.class.getName(), e);
    }
  }
}
