package org.ducha.checks.governance;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class RectificationPlanMissingTest {

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(RectificationPlanMissing.ID);

  @Test
  void silent_when_the_plan_is_filed() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_the_institution_without_a_plan() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN);
    assertThat(tester.inspect(inst)).hasFinding(RectificationPlanMissing.ID)
        .times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withSeverity(Severity.MAJOR)
        .withEvidence("documentType", "CAMPAIGN_IMPLEMENTATION_PLAN");
  }

  @Test
  void not_applicable_when_the_campaign_is_off() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN);
    assertThat(tester.withoutCampaign().inspect(inst)).hasOutcome(RectificationPlanMissing.ID, OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void not_applicable_when_inspected_after_the_campaign() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN)
        .with(b -> b.inspectedOn(LocalDate.of(2022, 11, 1)));
    assertThat(tester.inspect(inst)).hasOutcome(RectificationPlanMissing.ID, OutcomeStatus.NOT_APPLICABLE);
  }
}
