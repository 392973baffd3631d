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

class ProblemListMissingTest {

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(ProblemListMissing.ID);

  @Test
  void silent_when_the_problem_list_is_filed() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_the_institution_without_a_problem_list() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.CAMPAIGN_PROBLEM_LIST);
    assertThat(tester.inspect(inst)).hasFinding(ProblemListMissing.ID)
        .times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withSeverity(Severity.MAJOR)
        .withEvidence("documentType", "CAMPAIGN_PROBLEM_LIST");
  }

  @Test
  void not_applicable_when_the_campaign_is_off() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.CAMPAIGN_PROBLEM_LIST);
    assertThat(tester.withoutCampaign().inspect(inst)).hasOutcome(ProblemListMissing.ID, OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void not_applicable_when_inspected_before_the_campaign() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.CAMPAIGN_PROBLEM_LIST)
        .with(b -> b.inspectedOn(LocalDate.of(2021, 10, 31)));
    assertThat(tester.inspect(inst)).hasOutcome(ProblemListMissing.ID, OutcomeStatus.NOT_APPLICABLE);
  }
}
