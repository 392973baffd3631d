package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.blended;
import static org.ducha.checks.archive.ArchiveScenarios.inspectedOn;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.checks.archive.ClockEdits.JULY_1_2024;
import static org.ducha.checks.archive.ClockEdits.JUNE_30_2024;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class AttendanceDailyHoursExceededTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(AttendanceDailyHoursExceeded.ID);

  /** 刘洋 on 03-07: l1 and l2 (8 hours), and an evening lesson of {@code hours} from 19:00 to {@code end}. */
  private static Institution evening(String hours, String end) {
    return offline(b -> ClockEdits.extraLesson(b, "l2", "x1", ArchiveScenarios.MARCH_7, "19:00", end, hours, "tr-01", "19:00", end));
  }

  @Test
  void silent_on_the_clean_institution_with_eight_hours_a_day() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void nine_class_hours_in_one_day() {
    InstitutionReport report = tester.inspect(evening("1", "20:00"));
    assertThat(report).hasFinding(AttendanceDailyHoursExceeded.ID).times(1).forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("traineeCount", 1).withArgument("count", 1)
        .withEvidence("traineeDays", List.of("刘洋 2022-03-07: 9 h"));
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, AttendanceDailyHoursExceeded.ID)))
        .isEqualTo("2022年3月7日低压电工初训班签到记录给学员单日计入超过8学时（1名学员，1人天）");
  }

  @Test
  void the_cap_is_a_parameter() {
    assertThat(tester.parameter(AttendanceDailyHoursExceeded.ID, "maxClassHoursPerDay", 9).inspect(evening("1", "20:00")))
        .hasNoFindings();
  }

  @Test
  void hours_are_counted_by_the_clock_and_the_rulebook_of_the_day() {
    // l1 signed 08:30-11:10 (160 min) earns 4 h at 40 min, 3.55 h at 45; with a quarter-hour lesson the day has 8.25 or 7.8 h.
    Institution inst = offline(b -> ClockEdits.lineTimes(
        ClockEdits.extraLesson(b, "l2", "x1", ArchiveScenarios.MARCH_7, "19:00", "19:15", "0.25", "tr-01", "19:00", "19:15"),
        "tr-01", "l1", "08:30", "11:10"));
    assertThat(tester.inspect(inspectedOn(inst, JUNE_30_2024))).hasFinding(AttendanceDailyHoursExceeded.ID);
    assertThat(tester.inspect(inspectedOn(inst, JULY_1_2024))).hasNoFindings();
  }

  @Test
  void a_lesson_merely_scheduled_too_short_does_not_pile_up_hours() {
    // 4 class hours in 20 minutes earn half a class hour: 8.5 hours that day, but 20 minutes is archive.lesson.compressed's.
    Institution inst = evening("4", "19:20");
    assertThat(tester.parameter(AttendanceDailyHoursExceeded.ID, "maxClassHoursPerDay", 9).inspect(inst)).hasNoFindings();
    assertThat(CheckTester.forPack(new ArchivePack()).only(AttendanceDailyHoursExceeded.ID).inspect(offline(b -> ClockEdits.extraLesson(b, "l2", "x1", ArchiveScenarios.MARCH_7, "19:00", "19:20", "72",
        "tr-01", "19:00", "19:20")))).hasFinding(AttendanceDailyHoursExceeded.ID)
        .withEvidence("traineeDays", List.of("刘洋 2022-03-07: 8.5 h"));
  }
}
