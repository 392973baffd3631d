package org.ducha.checks.governance;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ducha.model.Institution;
import org.ducha.model.SelfInspection;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The window of self-inspections that need a report when the inspection falls inside the campaign: from the campaign's
 * start to the inspection day, not to the campaign's end.
 */
class SelfInspectionReportWindowTest {

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(SelfInspectionReportMissing.ID);

  private static Institution withSelfInspection(LocalDate heldOn) {
    return Fixtures.cleanInstitution().with(b -> {
      b.selfInspections.add(new SelfInspection(heldOn, "培训档案专项自查"));
      return b;
    });
  }

  @Test
  void a_self_inspection_dated_after_the_inspection_day_is_not_yet_due_a_report() {
    // The clean fixture is inspected on 2022-04-20, inside the 2021-11-01..2022-10-31 campaign.
    assertThat(tester.inspect(withSelfInspection(Fixtures.INSPECTION_DATE.plusDays(1)))).hasNoFindings();
  }

  @Test
  void one_held_on_the_inspection_day_after_the_last_report_is() {
    assertThat(tester.inspect(withSelfInspection(Fixtures.INSPECTION_DATE)))
        .hasFinding(SelfInspectionReportMissing.ID)
        .withEvidence("selfInspectionsWithoutReport", List.of(Fixtures.INSPECTION_DATE));
  }
}
