package org.ducha.checks.governance;

import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckPack;

/** The first-party governance pack: checks of the notice's governance group. */
public final class GovernancePack implements CheckPack {
  /** The pack id, the prefix of its check ids. */
  public static final String ID = "governance";

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

  @Override
  public String version() {
    return "0.1.0";
  }

  @Override
  public List<Check> checks() {
    return CHECKS;
  }
}
