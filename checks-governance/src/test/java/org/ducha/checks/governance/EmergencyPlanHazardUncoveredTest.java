package org.ducha.checks.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DocumentType;
import org.ducha.model.Hazard;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckResults;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/** AQ 8011-2023 §4.1.2, from 2024-07-01: plans for fire, crowd crush and electric shock. */
class EmergencyPlanHazardUncoveredTest {

  static final LocalDate LAST_DAY_BEFORE = LocalDate.of(2024, 6, 30);
  static final LocalDate FIRST_DAY = LocalDate.of(2024, 7, 1);

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(EmergencyPlanHazardUncovered.ID);

  /** The clean institution inspected on {@code day}, its emergency plan covering {@code hazards}. */
  static Institution planCovering(LocalDate day, Hazard... hazards) {
    return Edits.mapDocument(Fixtures.cleanInstitution(), Fixtures.DOC_EMERGENCY_PLAN, d -> d.withHazards(List.of(hazards)))
        .with(b -> b.inspectedOn(day));
  }

  @Test
  void silent_when_the_plans_cover_the_three_hazards() {
    assertThat(tester.inspect(planCovering(FIRST_DAY, Hazard.FIRE, Hazard.CROWD_CRUSH, Hazard.ELECTRIC_SHOCK, Hazard.MEDICAL)))
        .hasNoFindings().hasOutcome(EmergencyPlanHazardUncovered.ID, OutcomeStatus.PASS);
  }

  @Test
  void before_aq_8011_2023_no_hazard_is_required() {
    assertThat(tester.inspect(planCovering(LAST_DAY_BEFORE))).hasNoFindings()
        .hasOutcome(EmergencyPlanHazardUncovered.ID, OutcomeStatus.NOT_APPLICABLE);
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void from_its_first_day_fires_once_per_hazard_no_plan_names() {
    CheckResults results = tester.execute(planCovering(FIRST_DAY, Hazard.MEDICAL));
    assertThat(results).hasFinding(EmergencyPlanHazardUncovered.ID)
        .times(3)
        .forSubject(SubjectKind.DOCUMENT, "EMERGENCY_PLAN-FIRE")
        .forSubject(SubjectKind.DOCUMENT, "EMERGENCY_PLAN-CROWD_CRUSH")
        .forSubject(SubjectKind.DOCUMENT, "EMERGENCY_PLAN-ELECTRIC_SHOCK")
        .withSeverity(Severity.MAJOR)
        .withEvidence("plans", List.of(Fixtures.DOC_EMERGENCY_PLAN));
    assertThat(results.messages(MessageCatalog.ZH_CN)).containsExactly(
        "未制定火灾专项应急预案或现场处置方案", "未制定踩踏专项应急预案或现场处置方案", "未制定触电专项应急预案或现场处置方案");
    assertThat(results.messages(MessageCatalog.EN)).contains("No special emergency plan or on-site disposal plan for crowd crush");
    // the subject is the missing plan, labelled as the records would title it
    assertThat(results.findings(EmergencyPlanHazardUncovered.ID)).extracting(x -> x.subject().label())
        .containsExactly("火灾事故应急预案", "踩踏事故应急预案", "触电事故应急预案");
  }

  @Test
  void several_plans_cover_together() {
    Institution inst = Edits.addDocument(planCovering(FIRST_DAY, Hazard.FIRE),
        Edits.withId(Edits.cleanDocument(Fixtures.DOC_EMERGENCY_PLAN), "doc-emergency-2").withHazards(List.of(Hazard.CROWD_CRUSH)));
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(EmergencyPlanHazardUncovered.ID).times(1)
        .forSubject(SubjectKind.DOCUMENT, "EMERGENCY_PLAN-ELECTRIC_SHOCK")
        .withMessageKey(EmergencyPlanHazardUncovered.ID + ".electric-shock")
        .withEvidence("hazard", "ELECTRIC_SHOCK");
    assertThat(report.findings()).extracting(Finding::checkId).containsOnly(EmergencyPlanHazardUncovered.ID);
  }

  @Test
  void no_plan_at_all_is_the_missing_plan_check() {
    Institution none = Mutations.withoutDocument(planCovering(FIRST_DAY), DocumentType.EMERGENCY_PLAN);
    assertThat(tester.inspect(none)).hasNoFindings();
    assertThat(CheckTester.forPack(new GovernancePack()).only(EmergencyPlanMissing.ID).inspect(none)).hasFindingsExactlyOf(EmergencyPlanMissing.ID);
  }
}
