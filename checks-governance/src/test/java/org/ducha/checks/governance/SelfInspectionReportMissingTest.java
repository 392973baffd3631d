package org.ducha.checks.governance;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.model.SelfInspection;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class SelfInspectionReportMissingTest {

  private static final String REPORT = "doc-self-inspection";
  /** The clean fixture's self-inspection. */
  private static final LocalDate HELD = LocalDate.of(2022, 2, 15);

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(SelfInspectionReportMissing.ID);

  private static Institution reportDated(LocalDate date) {
    return Edits.mapDocument(Fixtures.cleanInstitution(), REPORT, d -> Edits.withIssuedOn(d, Optional.of(date)));
  }

  private static Institution withSelfInspection(Institution inst, LocalDate heldOn) {
    return inst.with(b -> {
      b.selfInspections.add(new SelfInspection(heldOn, "培训档案专项自查"));
      return b;
    });
  }

  @Test
  void silent_when_the_report_follows_the_self_inspection() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_when_there_is_no_report() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT);
    assertThat(tester.inspect(inst)).hasFinding(SelfInspectionReportMissing.ID)
        .times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withSeverity(Severity.MAJOR)
        .withArgument("heldOn", List.of(HELD))
        .withEvidence("selfInspectionsWithoutReport", List.of(HELD));
  }

  @Test
  void a_report_dated_before_the_self_inspection_does_not_cover_it() {
    assertThat(tester.inspect(reportDated(HELD.minusDays(1)))).hasFinding(SelfInspectionReportMissing.ID)
        .withEvidence("selfInspectionsWithoutReport", List.of(HELD))
        .withEvidence("lastReportDate", HELD.minusDays(1));
  }

  @Test
  void a_report_dated_the_same_day_covers_it() {
    assertThat(tester.inspect(reportDated(HELD))).hasNoFindings();
  }

  @Test
  void a_report_dated_after_the_inspection_was_not_there_to_be_read() {
    assertThat(tester.inspect(reportDated(Fixtures.INSPECTION_DATE.plusDays(1)))).hasFinding(SelfInspectionReportMissing.ID)
        .withEvidence("selfInspectionsWithoutReport", List.of(HELD));
  }

  @Test
  void an_undated_report_is_a_report() {
    Institution inst = Edits.mapDocument(Fixtures.cleanInstitution(), REPORT, d -> Edits.withIssuedOn(d, Optional.empty()));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void only_self_inspections_after_the_last_report_are_unreported() {
    Institution inst = withSelfInspection(Fixtures.cleanInstitution(), LocalDate.of(2022, 3, 10));
    assertThat(tester.inspect(inst)).hasFinding(SelfInspectionReportMissing.ID)
        .times(1)
        .withArgument("heldOn", List.of(LocalDate.of(2022, 3, 10)))
        .withEvidence("lastReportDate", LocalDate.of(2022, 2, 20));
  }

  @Test
  void self_inspections_before_the_campaign_are_not_campaign_duties() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT)
        .with(b -> {
          b.selfInspections.clear();
          b.selfInspections.add(new SelfInspection(LocalDate.of(2021, 10, 31), "年度自查"));
          return b;
        });
    assertThat(tester.inspect(inst)).hasNoFindings();
    assertThat(tester.inspect(withSelfInspection(inst, LocalDate.of(2021, 11, 1)))).hasFinding(SelfInspectionReportMissing.ID)
        .withEvidence("selfInspectionsWithoutReport", List.of(LocalDate.of(2021, 11, 1)));
  }

  @Test
  void silent_without_any_self_inspection() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT)
        .with(b -> {
          b.selfInspections.clear();
          return b;
        });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void not_applicable_when_the_campaign_is_off() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT);
    assertThat(tester.withoutCampaign().inspect(inst)).hasOutcome(SelfInspectionReportMissing.ID, OutcomeStatus.NOT_APPLICABLE);
  }
}
