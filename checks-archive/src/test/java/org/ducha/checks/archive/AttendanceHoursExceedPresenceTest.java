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

class AttendanceHoursExceedPresenceTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(AttendanceHoursExceedPresence.ID);

  private static final LocalDate MARCH_12 = LocalDate.of(2022, 3, 12);

  /** 刘洋 credited, on 03-12, two 2-hour lessons both scheduled 08:30-11:30, signed for each from 08:30 to {@code out}. */
  private static Institution twoAtOnce(String out) {
    return offline(b -> {
      ClockEdits.extraLesson(b, "l1", "x1", MARCH_12, "08:30", "11:30", "2", "tr-01", "08:30", out);
      return ClockEdits.extraLesson(b, "l1", "x2", MARCH_12, "08:30", "11:30", "2", "tr-01", "08:30", out);
    });
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void two_four_hour_lessons_at_once_in_three_hours() {
    Institution inst = offline(b -> {
      ClockEdits.extraLesson(b, "l1", "x1", MARCH_12, "08:30", "11:30", "4", "tr-01", "08:25", "11:30");
      return ClockEdits.extraLesson(b, "l1", "x2", MARCH_12, "08:30", "11:30", "4", "tr-01", "08:25", "11:30");
    });
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(AttendanceHoursExceedPresence.ID).times(1).forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("traineeCount", 1).withArgument("count", 1)
        .withEvidence("traineeDays", List.of("刘洋 2022-03-12 08:25-11:30: 320 min credited, 185 min elapsed"));
  }

  @Test
  void lessons_one_after_the_other_are_possible() {
    Institution inst = offline(b -> {
      ClockEdits.extraLesson(b, "l1", "x1", MARCH_12, "08:30", "11:30", "4", "tr-01", "08:25", "11:30");
      return ClockEdits.extraLesson(b, "l1", "x2", MARCH_12, "11:30", "14:30", "4", "tr-01", "11:30", "14:30");
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void minutes_per_class_hour_follow_the_rulebook() {
    // Each 2-hour lesson earns 80 min at 40 min a class hour, 90 at 45: 160 or 180 against 170 elapsed.
    Institution inst = twoAtOnce("11:20");
    assertThat(tester.inspect(inspectedOn(inst, JUNE_30_2024))).hasNoFindings();
    assertThat(tester.inspect(inspectedOn(inst, JULY_1_2024))).hasFinding(AttendanceHoursExceedPresence.ID);
    assertThat(tester.parameter(AttendanceHoursExceedPresence.ID, "offlineMinutesPerClassHour", 43).inspect(inst))
        .hasFinding(AttendanceHoursExceedPresence.ID);
    assertThat(tester.parameter(AttendanceHoursExceedPresence.ID, "offlineMinutesPerClassHour", 42).inspect(inst))
        .hasNoFindings();
  }
}
