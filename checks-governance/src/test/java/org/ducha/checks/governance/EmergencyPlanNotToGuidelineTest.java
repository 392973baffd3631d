package org.ducha.checks.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckResults;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** AQ 8011-2023 §4.1.2, from 2024-07-01: plans written to GB/T 29639. */
class EmergencyPlanNotToGuidelineTest {

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(EmergencyPlanNotToGuideline.ID);

  /** The clean institution inspected on {@code day}, its emergency plan naming {@code standards}. */
  private static Institution planNaming(LocalDate day, String... standards) {
    return Edits.mapDocument(Fixtures.cleanInstitution(), Fixtures.DOC_EMERGENCY_PLAN, d -> d.withStandards(List.of(standards)))
        .with(b -> b.inspectedOn(day));
  }

  @Test
  void silent_when_the_plan_names_the_guideline_in_any_edition_or_spelling() {
    for (String code : List.of("GB/T 29639-2020", "GB/T29639—2013", "gb/t 29639", "GB/T　29639-2020")) {
      assertThat(tester.inspect(planNaming(EmergencyPlanHazardUncoveredTest.FIRST_DAY, "中华人民共和国突发事件应对法", code)))
          .as(code).hasNoFindings().hasOutcome(EmergencyPlanNotToGuideline.ID, OutcomeStatus.PASS);
    }
  }

  @Test
  void before_aq_8011_2023_no_standard_is_required() {
    assertThat(tester.inspect(planNaming(EmergencyPlanHazardUncoveredTest.LAST_DAY_BEFORE))).hasNoFindings()
        .hasOutcome(EmergencyPlanNotToGuideline.ID, OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void from_its_first_day_fires_on_a_plan_naming_no_standard() {
    CheckResults results = tester.execute(planNaming(EmergencyPlanHazardUncoveredTest.FIRST_DAY));
    assertThat(results).hasFinding(EmergencyPlanNotToGuideline.ID).times(1)
        .forSubject(SubjectKind.DOCUMENT, Fixtures.DOC_EMERGENCY_PLAN)
        .withSeverity(Severity.MINOR)
        .withEvidence("standards", List.of());
    assertThat(results.messages(MessageCatalog.ZH_CN)).containsExactly("培训过程突发事件应急预案未按GB/T 29639（应急预案编制导则）编制");
  }

  @Test
  void fires_on_a_plan_written_to_another_standard() {
    assertThat(tester.inspect(planNaming(EmergencyPlanHazardUncoveredTest.FIRST_DAY, "AQ/T 9002-2006", "GB 29639")))
        .hasFinding(EmergencyPlanNotToGuideline.ID).times(1)
        .withEvidence("standards", List.of("AQ/T 9002-2006", "GB 29639"));
  }
}
