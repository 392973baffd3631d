package org.example.shanxi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;
import org.ducha.testkit.CheckResults;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/**
 * Every lesson of the fixture credits 4 class hours, two a day per class, and no teacher gives more than one a day. On
 * 2022-03-07 the offline class has lesson l1 (周伟) in the morning and l2 (吴敏) in the afternoon.
 */
class TeacherDailyHoursTest {

  private final CheckTester tester = CheckTester.forPack(new ShanxiPack()).only(TeacherDailyHours.ID);

  /** The clean institution in which 周伟 also gave lesson l2: 8 class hours on 2022-03-07. */
  static Institution eightHoursOnOneDay() {
    return Mutations.mapClass(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, c -> c.with(b -> {
      b.lessonRecords.replaceAll(r -> r.lessonId().equals("l2")
          ? new LessonRecord(r.lessonId(), r.date(), r.topic(), Fixtures.TEACHER_1, r.teacherSigned()) : r);
      return b;
    }));
  }

  /** As {@link #eightHoursOnOneDay}, and 周伟's lesson l3 recorded as given on 2022-03-07 too: 12 class hours that day. */
  static Institution twelveHoursOnOneDay() {
    return Mutations.mapClass(eightHoursOnOneDay(), Fixtures.CLASS_OFFLINE, c -> c.with(b -> {
      b.lessonRecords.replaceAll(r -> r.lessonId().equals("l3")
          ? new LessonRecord(r.lessonId(), LocalDate.of(2022, 3, 7), r.topic(), r.teacherId(), r.teacherSigned()) : r);
      return b;
    }));
  }

  @Test
  void twelve_hours_exceed_the_default_limit() {
    assertThat(tester.inspect(twelveHoursOnOneDay())).hasFinding(TeacherDailyHours.ID).times(1)
        .forSubject(SubjectKind.STAFF, Fixtures.TEACHER_1)
        .withArgument("hours", new BigDecimal("12"))
        .withArgument("max", new BigDecimal("8"));
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void eight_hours_a_day_are_allowed() {
    assertThat(tester.inspect(eightHoursOnOneDay())).hasNoFindings();
  }

  @Test
  void more_than_the_limit_fires_for_the_teacher() {
    CheckResults results = tester.parameter(TeacherDailyHours.ID, "maxHoursPerDay", 7).execute(eightHoursOnOneDay());
    assertThat(results).allOf(r -> r.hasFinding(TeacherDailyHours.ID)
        .times(1)
        .forSubject(SubjectKind.STAFF, Fixtures.TEACHER_1)
        .withSeverity(Severity.MINOR)
        .withArgument("dates", List.of(LocalDate.of(2022, 3, 7)))
        .withArgument("hours", new BigDecimal("8"))
        .withEvidence("hoursByDay", List.of("2022-03-07=8")));
    assertThat(results.messages(MessageCatalog.ZH_CN)).containsExactly("教师周伟在2022年3月7日单日授课最多8学时，超过每日7学时的地方规定");
    assertThat(results.messages(MessageCatalog.EN)).containsExactly(
        "Teacher 周伟 taught up to 8 class hours a day on 7 March 2022, more than the local limit of 7");
  }

  @Test
  void the_limit_is_a_parameter_on_both_sides() {
    assertThat(tester.parameter(TeacherDailyHours.ID, "maxHoursPerDay", 4).inspect(Fixtures.cleanInstitution())).hasNoFindings();
    assertThat(tester.parameter(TeacherDailyHours.ID, "maxHoursPerDay", 3).inspect(Fixtures.cleanInstitution()))
        .hasFinding(TeacherDailyHours.ID).forSubjectId(Fixtures.TEACHER_1);
  }
}
