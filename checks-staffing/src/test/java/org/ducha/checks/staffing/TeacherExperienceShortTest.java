package org.ducha.checks.staffing;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.Optional;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.StaffMember;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Years of practice in the clean fixture: 周伟 15, 吴敏 9, 钱芳 11, 郑刚 14; managers 7 to 12. */
class TeacherExperienceShortTest {

  private static final String ID = TeacherExperienceShort.ID;

  private CheckTester tester() {
    return CheckTester.forPack(new StaffingPack()).only(ID);
  }

  private static Institution years(String staffId, Optional<Integer> years) {
    return StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), staffId, s -> new StaffMember(s.id(), s.name(), s.employment(),
        s.employer(), s.specialties(), s.certificates(), s.hiredOn(), s.leftOn(), years));
  }

  @Test
  void silent_on_the_clean_fixture() {
    assertThat(tester().inspect(Fixtures.cleanInstitution())).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void fires_below_five_years_and_not_at_five() {
    assertThat(tester().inspect(years(Fixtures.TEACHER_2, Optional.of(5)))).hasNoFindings();
    assertThat(tester().inspect(years(Fixtures.TEACHER_2, Optional.of(4)))).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.STAFF, Fixtures.TEACHER_2)
        .withArgument("name", "吴敏")
        .withArgument("years", 4)
        .withArgument("min", 5);
  }

  @Test
  void part_time_teachers_and_instructors_count_too() {
    assertThat(tester().inspect(years(Fixtures.TEACHER_EXTERNAL, Optional.of(2)))).hasFinding(ID)
        .forSubject(SubjectKind.STAFF, Fixtures.TEACHER_EXTERNAL);
    assertThat(tester().inspect(years(Fixtures.INSTRUCTOR, Optional.of(3)))).hasFinding(ID)
        .forSubject(SubjectKind.STAFF, Fixtures.INSTRUCTOR);
  }

  @Test
  void the_minimum_is_a_parameter() {
    assertThat(tester().parameter(ID, "minYears", 9).inspect(Fixtures.cleanInstitution())).hasNoFindings();
    assertThat(tester().parameter(ID, "minYears", 10).inspect(Fixtures.cleanInstitution())).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.STAFF, Fixtures.TEACHER_2);
  }

  @Test
  void silent_for_unrecorded_years_and_for_people_who_do_not_teach() {
    assertThat(tester().inspect(years(Fixtures.TEACHER_2, Optional.empty()))).hasNoFindings();
    assertThat(tester().inspect(years(Fixtures.MANAGER_2, Optional.of(1)))).hasNoFindings();
  }
}
