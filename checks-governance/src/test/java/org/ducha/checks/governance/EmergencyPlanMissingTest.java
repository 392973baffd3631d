package org.ducha.checks.governance;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class EmergencyPlanMissingTest {

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(EmergencyPlanMissing.ID);

  @Test
  void silent_when_an_emergency_plan_is_filed() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_the_institution_without_an_emergency_plan() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.EMERGENCY_PLAN);
    assertThat(tester.inspect(inst)).hasFinding(EmergencyPlanMissing.ID)
        .times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withSeverity(Severity.MAJOR)
        .withEvidence("documentType", "EMERGENCY_PLAN");
  }

  @Test
  void runs_outside_the_campaign_too() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.EMERGENCY_PLAN);
    assertThat(tester.withoutCampaign().inspect(inst)).hasFinding(EmergencyPlanMissing.ID).times(1);
  }
}
