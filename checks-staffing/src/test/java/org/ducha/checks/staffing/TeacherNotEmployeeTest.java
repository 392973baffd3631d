package org.ducha.checks.staffing;

import static org.ducha.testkit.DuchaAssertions.assertThat;

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

class TeacherNotEmployeeTest {

  private static final String ID = TeacherNotEmployee.ID;
  private final CheckTester tester = CheckTester.forPack(new StaffingPack()).only(ID);

  @Test
  void silent_on_the_clean_fixture_whose_engaged_teacher_is_part_time() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void fires_once_naming_full_time_teachers_and_instructors_without_a_contract_with_the_institution() {
    Institution inst = StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), Fixtures.TEACHER_2, s -> s.withEmployment(Employment.DISPATCHED));
    inst = StaffingFixtures.mapStaff(inst, Fixtures.INSTRUCTOR, s -> s.withEmployment(Employment.SECONDED));
    assertThat(tester.inspect(inst)).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withArgument("names", List.of("吴敏", "郑刚"))
        .withEvidence("employments", List.of("DISPATCHED", "SECONDED"));
  }

  @Test
  void fires_when_the_roster_lists_the_engaged_teacher_as_full_time() {
    Institution inst = StaffingFixtures.addEntry(Fixtures.cleanInstitution(), RosterType.TRAINING_STAFF,
        new RosterEntry(Fixtures.TEACHER_EXTERNAL, StaffRole.TEACHER, true));
    assertThat(tester.inspect(inst)).hasFinding(ID).withEvidence("staffIds", List.of(Fixtures.TEACHER_EXTERNAL));
  }

  @Test
  void silent_for_a_full_time_manager_who_is_not_a_formal_employee() {
    Institution inst = StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), Fixtures.MANAGER_2, s -> s.withEmployment(Employment.ENGAGED));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
