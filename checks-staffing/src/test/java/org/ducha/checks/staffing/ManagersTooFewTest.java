package org.ducha.checks.staffing;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Employment;
import org.ducha.model.Institution;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffRole;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** The clean fixture has exactly three full-time managers: 李明, 赵丽, 孙强. */
class ManagersTooFewTest {

  private static final String ID = ManagersTooFew.ID;

  private CheckTester tester() {
    return CheckTester.forPack(new StaffingPack()).only(ID);
  }

  @Test
  void silent_on_the_clean_fixture_with_three_managers() {
    assertThat(tester().inspect(Fixtures.cleanInstitution())).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void fires_when_a_manager_has_left() {
    Institution inst = StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), Fixtures.MANAGER_3, s -> s.withLeftOn(LocalDate.of(2022, 2, 1)));
    assertThat(tester().inspect(inst)).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withArgument("count", 2)
        .withArgument("min", 3)
        .withEvidence("managers", List.of("李明", "赵丽"));
  }

  @Test
  void a_part_time_manager_does_not_count() {
    Institution inst = StaffingFixtures.mapRosters(Fixtures.cleanInstitution(), RosterType.TRAINING_STAFF, entries -> {
      entries.replaceAll(e -> e.staffId().equals(Fixtures.MANAGER_3) ? new RosterEntry(e.staffId(), StaffRole.MANAGER, false) : e);
      return entries;
    });
    assertThat(tester().inspect(inst)).hasFinding(ID).withArgument("count", 2);
  }

  @Test
  void the_minimum_is_a_parameter() {
    assertThat(tester().parameter(ID, "minManagers", 3).inspect(Fixtures.cleanInstitution())).hasNoFindings();
    assertThat(tester().parameter(ID, "minManagers", 4).inspect(Fixtures.cleanInstitution())).hasFinding(ID)
        .withArgument("count", 3)
        .withArgument("min", 4);
  }

  @Test
  void from_aq_8011_2023_on_only_formal_employees_count_by_default() {
    Institution dispatched = StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), Fixtures.MANAGER_3,
        s -> s.withEmployment(Employment.DISPATCHED));
    assertThat(tester().inspect(dispatched)).hasNoFindings();
    assertThat(tester().parameter(ID, "formalEmployeesOnly", true).inspect(dispatched)).hasFinding(ID).withArgument("count", 2);

    Institution lastDayOf2016 = dispatched.with(b -> b.inspectedOn(LocalDate.of(2024, 6, 30)));
    Institution firstDayOf2023 = dispatched.with(b -> b.inspectedOn(LocalDate.of(2024, 7, 1)));
    assertThat(tester().inspect(lastDayOf2016)).hasNoFindings();
    assertThat(tester().inspect(firstDayOf2023)).hasFinding(ID).withArgument("count", 2);
  }
}
