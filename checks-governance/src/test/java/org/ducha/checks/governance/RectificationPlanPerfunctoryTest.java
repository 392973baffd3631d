package org.ducha.checks.governance;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class RectificationPlanPerfunctoryTest {

  private static final String PLAN = "doc-campaign-plan";

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(RectificationPlanPerfunctory.ID);

  private static Institution planOf(int pages) {
    return Edits.mapDocument(Fixtures.cleanInstitution(), PLAN, d -> Edits.withPages(d, pages));
  }

  @Test
  void silent_on_the_clean_six_page_plan() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_a_one_page_plan_by_default() {
    assertThat(tester.inspect(planOf(1))).hasFinding(RectificationPlanPerfunctory.ID)
        .times(1)
        .forSubject(SubjectKind.DOCUMENT, PLAN)
        .withSeverity(Severity.MINOR)
        .withEvidence("pages", 1)
        .withEvidence("minPages", 2);
  }

  @Test
  void silent_on_a_two_page_plan_by_default() {
    assertThat(tester.inspect(planOf(2))).hasNoFindings();
  }

  @Test
  void threshold_follows_the_parameter() {
    assertThat(tester.parameter(RectificationPlanPerfunctory.ID, "minPages", 6).inspect(Fixtures.cleanInstitution()))
        .hasNoFindings();
    assertThat(tester.parameter(RectificationPlanPerfunctory.ID, "minPages", 7).inspect(Fixtures.cleanInstitution()))
        .hasFinding(RectificationPlanPerfunctory.ID)
        .forSubject(SubjectKind.DOCUMENT, PLAN)
        .withEvidence("pages", 6)
        .withEvidence("minPages", 7);
  }

  @Test
  void a_short_draft_beside_a_full_plan_is_no_finding() {
    Institution inst = Edits.addDocument(Fixtures.cleanInstitution(),
        Edits.withId(Edits.withPages(Edits.cleanDocument(PLAN), 1), "doc-campaign-plan-draft"));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_without_any_plan_which_is_another_check() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN);
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void not_applicable_when_the_campaign_is_off() {
    assertThat(tester.withoutCampaign().inspect(planOf(1))).hasOutcome(RectificationPlanPerfunctory.ID, OutcomeStatus.NOT_APPLICABLE);
  }
}
