package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.leave;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.checks.archive.ArchiveScenarios.withoutLine;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ExamHoursShortTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(ExamHoursShort.ID);

  /** 陈晨 took a day's leave on 03-09 and missed l5 and l6: 16 of 24 hours, 66.7 %. */
  private static Institution dayOfLeave() {
    return offline(b -> {
      withoutLine(b, "tr-02", "l5");
      withoutLine(b, "tr-02", "l6");
      b.leaveNotes.add(leave("tr-02", ArchiveScenarios.MARCH_9));
      return b;
    });
  }

  /** 陈晨 missed l6 only: 20 of 24 hours, 83.3 %. */
  private static Institution oneLessonMissed() {
    return offline(b -> withoutLine(b, "tr-02", "l6"));
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_a_trainee_examined_after_a_leave_left_them_short() {
    InstitutionReport report = tester.inspect(dayOfLeave());
    assertThat(report).hasFinding(ExamHoursShort.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("count", 1)
        .withArgument("plannedHours", new BigDecimal("24"))
        .withEvidence("trainees", List.of("陈晨"))
        .withEvidence("attendedOfPlanned", List.of("陈晨 16/24"));
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, ExamHoursShort.ID)))
        .isEqualTo("2022年3月7日低压电工初训班档案1名学员未达培训学时（计划24学时）且组织参加考核");
  }

  @Test
  void threshold_83_percent_lets_20_of_24_hours_pass() {
    assertThat(tester.parameter(ExamHoursShort.ID, "minAttendancePercent", 83).inspect(oneLessonMissed())).hasNoFindings();
  }

  /** {@link #oneLessonMissed()} with every lesson planned at 4.00001 hours: finer than the units hours are summed in. */
  private static Institution oneLessonMissedOfFineHours() {
    return offline(b -> {
      b.lessons.replaceAll(l -> new org.ducha.model.Lesson(l.id(), l.date(), l.start(), l.end(), l.course(), l.teacherId(),
          new BigDecimal("4.00001"), l.kind(), l.mode()));
      return withoutLine(b, "tr-02", "l6");
    });
  }

  @Test
  void hours_finer_than_ten_thousandths_are_compared_exactly_on_both_sides_of_the_threshold() {
    // 5 lessons of about 4 hours against 24.00006 planned: 83.33 %
    assertThat(tester.parameter(ExamHoursShort.ID, "minAttendancePercent", 83).inspect(oneLessonMissedOfFineHours())).hasNoFindings();
    assertThat(tester.parameter(ExamHoursShort.ID, "minAttendancePercent", 84).inspect(oneLessonMissedOfFineHours()))
        .hasFinding(ExamHoursShort.ID).withArgument("plannedHours", new BigDecimal("24.00006"))
        .withEvidence("attendedOfPlanned", List.of("陈晨 20/24.00006"));
  }

  @Test
  void threshold_84_percent_does_not() {
    assertThat(tester.parameter(ExamHoursShort.ID, "minAttendancePercent", 84).inspect(oneLessonMissed()))
        .hasFinding(ExamHoursShort.ID).withEvidence("attendedOfPlanned", List.of("陈晨 20/24"));
  }

  @Test
  void silent_when_the_shortfall_is_a_lesson_nobody_signed_for() {
    Institution inst = offline(b -> {
      b.attendance.removeIf(e -> e.lessonId().equals("l6"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_when_the_shortfall_is_a_half_signed_line() {
    assertThat(tester.inspect(offline(b -> ArchiveScenarios.mapLine(b, "tr-02", "l6", ArchiveScenarios::signedInOnly))))
        .hasNoFindings();
  }

  @Test
  void silent_on_a_trainee_who_was_not_examined() {
    Institution inst = offline(b -> {
      withoutLine(b, "tr-02", "l6");
      return ArchiveScenarios.notExamined(b, "tr-02");
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  /** 陈晨's line for l1 (08:30-11:30, 4 class hours) with the times {@code in} to {@code out}. */
  private static Institution l1Signed(String in, String out) {
    return offline(b -> ClockEdits.lineTimes(b, "tr-02", "l1", in, out));
  }

  @Test
  void arriving_late_leaves_a_trainee_short_by_the_clock() {
    // 08:51-11:35: 159 minutes of the lesson, 3.97 class hours of 40 minutes
    InstitutionReport report = tester.inspect(l1Signed("08:51", "11:35"));
    assertThat(report).hasFinding(ExamHoursShort.ID).withEvidence("attendedOfPlanned", List.of("陈晨 23.97/24"));
    // 08:50-11:35: 160 minutes hold the 4 class hours
    assertThat(tester.inspect(l1Signed("08:50", "11:35"))).hasNoFindings();
  }

  @Test
  void from_2024_07_01_a_class_hour_is_45_minutes() {
    Institution inst = l1Signed("08:40", "11:35");
    assertThat(tester.inspect(ArchiveScenarios.inspectedOn(inst, ClockEdits.JUNE_30_2024))).hasNoFindings();
    assertThat(tester.inspect(ArchiveScenarios.inspectedOn(inst, ClockEdits.JULY_1_2024))).hasFinding(ExamHoursShort.ID)
        .withEvidence("attendedOfPlanned", List.of("陈晨 23.77/24"));
    assertThat(tester.parameter(ExamHoursShort.ID, "offlineMinutesPerClassHour", 42)
        .inspect(ArchiveScenarios.inspectedOn(inst, ClockEdits.JULY_1_2024))).hasNoFindings();
  }

  @Test
  void a_line_without_times_earns_the_planned_hours_only_before_2024_07_01() {
    Institution inst = offline(b -> ArchiveScenarios.mapLine(b, "tr-02", "l1", e -> new org.ducha.model.AttendanceEntry(e.traineeId(),
        e.lessonId(), true, java.util.Optional.empty(), true, java.util.Optional.empty(), e.method())));
    assertThat(tester.inspect(ArchiveScenarios.inspectedOn(inst, ClockEdits.JUNE_30_2024))).hasNoFindings();
    assertThat(tester.inspect(ArchiveScenarios.inspectedOn(inst, ClockEdits.JULY_1_2024))).hasFinding(ExamHoursShort.ID)
        .withEvidence("attendedOfPlanned", List.of("陈晨 20/24"));
    assertThat(tester.parameter(ExamHoursShort.ID, "untimedLinesCredited", true)
        .inspect(ArchiveScenarios.inspectedOn(inst, ClockEdits.JULY_1_2024))).hasNoFindings();
  }

  @Test
  void a_lesson_scheduled_too_short_is_the_lessons_fact_not_the_trainees() {
    Institution inst = offline(b -> ClockEdits.schedule(b, "l1", "08:30", "08:50"));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
