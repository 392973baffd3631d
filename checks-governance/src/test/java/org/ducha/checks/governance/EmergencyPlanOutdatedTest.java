package org.ducha.checks.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class EmergencyPlanOutdatedTest {

  private static final String PLAN = "doc-emergency";

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(EmergencyPlanOutdated.ID);

  /** The clean plan, issued on {@code issued} and never revised. */
  private static Institution issuedOnlyOn(LocalDate issued) {
    return Edits.mapDocument(Fixtures.cleanInstitution(), PLAN,
        d -> Edits.withRevisions(Edits.withIssuedOn(d, Optional.ofNullable(issued)), List.of()));
  }

  @Test
  void silent_on_the_plan_revised_seven_months_before() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void silent_at_exactly_thirty_six_months_by_default() {
    assertThat(tester.inspect(issuedOnlyOn(Fixtures.INSPECTION_DATE.minusMonths(36)))).hasNoFindings();
  }

  @Test
  void fires_a_day_past_thirty_six_months_by_default() {
    LocalDate issued = Fixtures.INSPECTION_DATE.minusMonths(36).minusDays(1);
    assertThat(tester.inspect(issuedOnlyOn(issued))).hasFinding(EmergencyPlanOutdated.ID)
        .times(1)
        .forSubject(SubjectKind.DOCUMENT, PLAN)
        .withSeverity(Severity.MAJOR)
        .withArgument("title", "培训过程突发事件应急预案")
        .withEvidence("lastRevisedOn", issued)
        .withEvidence("ageMonths", 36)
        .withEvidence("maxAgeMonths", 36);
  }

  @Test
  void a_later_revision_makes_an_old_plan_current() {
    Institution inst = Edits.mapDocument(Fixtures.cleanInstitution(), PLAN,
        d -> Edits.withRevisions(Edits.withIssuedOn(d, Optional.of(LocalDate.of(2015, 1, 1))),
            List.of(LocalDate.of(2016, 1, 1), LocalDate.of(2021, 9, 1))));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void threshold_follows_the_parameter() {
    // The clean plan was last revised on 2021-09-01, seven months and 19 days before the inspection.
    assertThat(tester.parameter(EmergencyPlanOutdated.ID, "maxAgeMonths", 8).inspect(Fixtures.cleanInstitution())).hasNoFindings();
    assertThat(tester.parameter(EmergencyPlanOutdated.ID, "maxAgeMonths", 7).inspect(Fixtures.cleanInstitution()))
        .hasFinding(EmergencyPlanOutdated.ID)
        .withEvidence("lastRevisedOn", LocalDate.of(2021, 9, 1))
        .withEvidence("ageMonths", 7)
        .withEvidence("maxAgeMonths", 7);
  }

  @Test
  void fires_on_an_undated_plan() {
    InstitutionReport report = tester.inspect(issuedOnlyOn(null));
    assertThat(report).hasFinding(EmergencyPlanOutdated.ID)
        .times(1)
        .forSubject(SubjectKind.DOCUMENT, PLAN);
    assertThat(Edits.findings(report, EmergencyPlanOutdated.ID).get(0).messageKey()).isEqualTo(EmergencyPlanOutdated.ID + ".undated");
  }
}
