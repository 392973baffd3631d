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

class LessonCompressedTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(LessonCompressed.ID);

  private static Institution l1(String start, String end) {
    return offline(b -> ClockEdits.schedule(b, "l1", start, end));
  }

  @Test
  void silent_on_the_clean_institution_whose_lessons_hold_four_hours_in_three() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void twenty_minutes_for_four_class_hours() {
    InstitutionReport report = tester.inspect(l1("08:30", "08:50"));
    assertThat(report).hasFinding(LessonCompressed.ID).times(1).forSubjectId(Fixtures.CLASS_OFFLINE).withArgument("count", 1);
    Assertions.assertThat(ArchiveScenarios.only(report, LessonCompressed.ID).evidence().get("lessons").toString())
        .contains("2022-03-07 08:30").contains("20 min");
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, LessonCompressed.ID)))
        .isEqualTo("2022年3月7日低压电工初训班课程安排的时长容纳不下所计学时（1节课）");
  }

  @Test
  void before_2024_the_floor_is_40_minutes_offline() {
    assertThat(tester.inspect(l1("08:30", "11:09"))).hasFinding(LessonCompressed.ID);
    assertThat(tester.inspect(l1("08:30", "11:10"))).hasNoFindings();
  }

  @Test
  void from_2024_07_01_aq_8011_2023_asks_45_minutes_offline() {
    Institution min179 = l1("08:30", "11:29");
    assertThat(tester.inspect(inspectedOn(min179, JUNE_30_2024))).hasNoFindings();
    assertThat(tester.inspect(inspectedOn(min179, JULY_1_2024))).hasFinding(LessonCompressed.ID);
    assertThat(tester.inspect(inspectedOn(l1("08:30", "11:30"), JULY_1_2024))).hasNoFindings();
  }

  @Test
  void online_lessons_need_30_minutes() {
    assertThat(tester.inspect(blended(b -> ClockEdits.schedule(b, "m2", "14:00", "15:59")))).hasFinding(LessonCompressed.ID)
        .forSubjectId(Fixtures.CLASS_BLENDED);
    assertThat(tester.inspect(blended(b -> ClockEdits.schedule(b, "m2", "14:00", "16:00")))).hasNoFindings();
  }

  @Test
  void a_profile_may_set_the_floor() {
    assertThat(tester.parameter(LessonCompressed.ID, "offlineMinutesPerClassHour", 39).inspect(l1("08:30", "11:09"))).hasNoFindings();
  }

  @Test
  void a_lesson_not_yet_due_is_not_judged() {
    assertThat(tester.inspect(inspectedOn(l1("08:30", "08:50"), LocalDate.of(2022, 3, 7)))).hasNoFindings();
  }
}
