package org.ducha.checks.staffing;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffRole;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ManagerTeacherOverlapTest {

  private final CheckTester tester = CheckTester.forPack(new StaffingPack()).only(ManagerTeacherOverlap.ID);

  @Test
  void silent_on_the_clean_fixture_where_a_manager_is_also_a_part_time_head_teacher() {
    assertThat(tester.inspect(Fixtures.cleanInstitution()))
        .hasNoFindings()
        .hasOutcome(ManagerTeacherOverlap.ID, OutcomeStatus.PASS);
  }

  @Test
  void fires_once_for_the_institution_naming_full_time_managers_who_are_full_time_teachers_or_instructors() {
    Institution inst = StaffingFixtures.addEntry(Fixtures.cleanInstitution(), RosterType.TRAINING_STAFF,
        new RosterEntry(Fixtures.TEACHER_1, StaffRole.MANAGER, true));
    inst = StaffingFixtures.addEntry(inst, RosterType.TRAINING_STAFF,
        new RosterEntry(Fixtures.MANAGER_2, StaffRole.PRACTICAL_INSTRUCTOR, true));
    assertThat(tester.inspect(inst)).hasFinding(ManagerTeacherOverlap.ID)
        .times(1)
        .withSeverity(Severity.MAJOR)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withArgument("names", List.of("赵丽", "周伟"))
        .withEvidence("staffIds", List.of(Fixtures.MANAGER_2, Fixtures.TEACHER_1));
  }

  @Test
  void silent_when_the_teaching_role_is_part_time() {
    Institution inst = StaffingFixtures.addEntry(Fixtures.cleanInstitution(), RosterType.TRAINING_STAFF,
        new RosterEntry(Fixtures.MANAGER_1, StaffRole.TEACHER, false));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_when_the_person_has_left_since_the_stale_roster_check_reports_that() {
    Institution inst = StaffingFixtures.addEntry(Fixtures.cleanInstitution(), RosterType.TRAINING_STAFF,
        new RosterEntry(Fixtures.TEACHER_1, StaffRole.MANAGER, true));
    inst = StaffingFixtures.mapStaff(inst, Fixtures.TEACHER_1, s -> s.withLeftOn(LocalDate.of(2022, 4, 1)));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
