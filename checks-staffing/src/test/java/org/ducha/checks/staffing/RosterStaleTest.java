package org.ducha.checks.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class RosterStaleTest {

  private static final String ID = RosterStale.ID;

  private CheckTester tester() {
    return CheckTester.forPack(new StaffingPack()).only(ID);
  }

  private static Institution left(String staffId, LocalDate day) {
    return StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), staffId, s -> s.withLeftOn(day));
  }

  @Test
  void silent_on_the_clean_fixture() {
    assertThat(tester().inspect(Fixtures.cleanInstitution())).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void fires_for_the_training_staff_roster_naming_who_left_and_when() {
    InstitutionReport report = tester().inspect(left(Fixtures.MANAGER_2, LocalDate.of(2022, 1, 31)));
    assertThat(report).hasFinding(ID)
        .times(1)
        .withSeverity(Severity.MINOR)
        .forSubject(SubjectKind.ROSTER, "roster-training")
        .withArgument("names", List.of("赵丽"))
        .withEvidence("leftOn", List.of(LocalDate.of(2022, 1, 31)))
        .withEvidence("rosterUpdatedOn", LocalDate.of(2022, 3, 1));
    assertThat(report.findings().get(0).messageKey()).isEqualTo(ID);
  }

  @Test
  void fires_for_the_exam_staff_roster_with_its_own_wording() {
    InstitutionReport report = tester().inspect(left(Fixtures.EXAMINER_1, LocalDate.of(2022, 4, 1)));
    assertThat(report).hasFinding(ID).times(1).forSubject(SubjectKind.ROSTER, "roster-exam");
    assertThat(report.findings().get(0).messageKey()).isEqualTo(RosterStale.EXAM_STAFF_KEY);
  }

  @Test
  void a_person_who_left_on_the_inspection_day_is_not_stale() {
    assertThat(tester().inspect(left(Fixtures.MANAGER_2, Fixtures.INSPECTION_DATE))).hasNoFindings();
    assertThat(tester().inspect(left(Fixtures.MANAGER_2, Fixtures.INSPECTION_DATE.minusDays(1)))).hasFinding(ID);
  }

  @Test
  void grace_days_give_the_roster_time_to_catch_up() {
    Institution leftTwoDaysAgo = left(Fixtures.MANAGER_2, Fixtures.INSPECTION_DATE.minusDays(2));
    assertThat(tester().parameter(ID, "graceDays", 2).inspect(leftTwoDaysAgo)).hasNoFindings();
    assertThat(tester().parameter(ID, "graceDays", 1).inspect(leftTwoDaysAgo)).hasFinding(ID).times(1);
  }

  @Test
  void a_person_listed_twice_on_one_roster_is_named_once() {
    // 李明 is on the training-staff roster as manager and as head teacher.
    InstitutionReport report = tester().inspect(left(Fixtures.MANAGER_1, LocalDate.of(2022, 1, 31)));
    assertThat(report).hasFinding(ID)
        .times(1)
        .withArgument("names", List.of("李明"))
        .withArgument("count", 1)
        .withEvidence("staffIds", List.of(Fixtures.MANAGER_1))
        .withEvidence("leftOn", List.of(LocalDate.of(2022, 1, 31)));
  }
}
