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

class LessonRecordCompressedTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(LessonRecordCompressed.ID);

  private static Institution recorded(String start, String end) {
    return offline(b -> ClockEdits.recordTimes(b, "l1", start, end));
  }

  @Test
  void silent_on_the_clean_institution_whose_records_give_no_times() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void a_record_of_twenty_minutes_for_four_class_hours() {
    InstitutionReport report = tester.inspect(recorded("08:30", "08:50"));
    assertThat(report).hasFinding(LessonRecordCompressed.ID).times(1).forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("count", 1);
    Assertions.assertThat(ArchiveScenarios.only(report, LessonRecordCompressed.ID).evidence().get("records").toString())
        .contains("08:30-08:50").contains("20 min");
  }

  @Test
  void before_2024_the_floor_is_40_minutes() {
    assertThat(tester.inspect(recorded("08:30", "11:09"))).hasFinding(LessonRecordCompressed.ID);
    assertThat(tester.inspect(recorded("08:30", "11:10"))).hasNoFindings();
  }

  @Test
  void from_2024_07_01_45_minutes() {
    Institution min179 = recorded("08:30", "11:29");
    assertThat(tester.inspect(inspectedOn(min179, JUNE_30_2024))).hasNoFindings();
    assertThat(tester.inspect(inspectedOn(min179, JULY_1_2024))).hasFinding(LessonRecordCompressed.ID);
  }

  @Test
  void a_profile_may_set_the_floor() {
    assertThat(tester.parameter(LessonRecordCompressed.ID, "offlineMinutesPerClassHour", 39).inspect(recorded("08:30", "11:09")))
        .hasNoFindings();
  }

  @Test
  void silent_when_the_schedule_itself_is_too_short_which_is_the_lesson_checks_fact() {
    Institution inst = offline(b -> ClockEdits.recordTimes(ClockEdits.schedule(b, "l1", "08:30", "08:50"), "l1", "08:30", "08:50"));
    assertThat(tester.inspect(inst)).hasNoFindings();
    assertThat(CheckTester.forPack(new ArchivePack()).only(LessonCompressed.ID).inspect(inst)).hasFinding(LessonCompressed.ID);
  }

  @Test
  void times_that_do_not_run_forward_say_nothing() {
    assertThat(tester.inspect(recorded("11:30", "08:30"))).hasNoFindings();
  }
}
