package org.ducha.checks.staffing;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/** 周伟 (TEACHER_1) teaches lesson l1 of the offline class on 2022-03-07 from 08:30 to 11:30. */
class TeacherDoubleBookedTest {

  private static final String ID = TeacherDoubleBooked.ID;
  private static final LocalDate DAY = LocalDate.of(2022, 3, 7);
  private final CheckTester tester = CheckTester.forPack(new StaffingPack()).only(ID);

  private static Institution withLesson(String classId, String lessonId, String start, String end, DeliveryMode mode) {
    Lesson extra = new Lesson(lessonId, DAY, LocalTime.parse(start), LocalTime.parse(end), "补充课程", Fixtures.TEACHER_1,
        BigDecimal.ONE, LessonKind.THEORY, mode);
    return Mutations.mapClass(Fixtures.cleanInstitution(), classId, c -> c.with(b -> {
      b.lessons.add(extra);
      return b;
    }));
  }

  @Test
  void silent_on_the_clean_fixture() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void fires_for_overlapping_lessons_in_two_classes() {
    assertThat(tester.inspect(withLesson(Fixtures.CLASS_BLENDED, "m9", "10:00", "12:00", DeliveryMode.OFFLINE))).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.STAFF, Fixtures.TEACHER_1)
        .withArgument("name", "周伟")
        .withArgument("dates", List.of(DAY))
        .withArgument("count", 1)
        .withEvidence("clashes", List.of(
            "低压电工初训班 2022-03-07 08:30-11:30 安全生产法律法规与电工作业安全 / 井下电气作业复训班 2022-03-07 10:00-12:00 补充课程"));
  }

  @Test
  void fires_for_overlapping_lessons_in_the_same_class() {
    assertThat(tester.inspect(withLesson(Fixtures.CLASS_OFFLINE, "l9", "11:00", "12:00", DeliveryMode.OFFLINE))).hasFinding(ID)
        .times(1)
        .withArgument("count", 1);
  }

  @Test
  void lessons_that_only_touch_do_not_overlap() {
    assertThat(tester.inspect(withLesson(Fixtures.CLASS_BLENDED, "m9", "11:30", "12:30", DeliveryMode.OFFLINE))).hasNoFindings();
    assertThat(tester.inspect(withLesson(Fixtures.CLASS_BLENDED, "m9", "11:29", "12:30", DeliveryMode.OFFLINE))).hasFinding(ID);
  }

  @Test
  void online_lessons_are_not_judged() {
    assertThat(tester.inspect(withLesson(Fixtures.CLASS_BLENDED, "m9", "10:00", "12:00", DeliveryMode.ONLINE))).hasNoFindings();
  }

  private static Lesson lesson(String id, String start, String end) {
    return new Lesson(id, DAY, LocalTime.parse(start), LocalTime.parse(end), "补充课程" + id, Fixtures.TEACHER_1, BigDecimal.ONE,
        LessonKind.THEORY, DeliveryMode.OFFLINE);
  }

  private static Institution withLessons(Institution inst, String classId, Lesson... lessons) {
    return Mutations.mapClass(inst, classId, c -> c.with(b -> {
      b.lessons.addAll(List.of(lessons));
      return b;
    }));
  }

  @Test
  void a_lesson_overlapping_only_a_later_ending_second_lesson_is_a_clash() {
    // l1 08:30-11:30; a9 11:00-14:00 overlaps l1 and ends later; a8 13:00-13:30 overlaps a9 only.
    Institution inst = withLessons(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, lesson("a9", "11:00", "14:00"),
        lesson("a8", "13:00", "13:30"));
    assertThat(tester.inspect(inst)).hasFinding(ID)
        .times(1)
        .withArgument("count", 2)
        .withEvidence("clashes", List.of(
            "低压电工初训班 2022-03-07 08:30-11:30 安全生产法律法规与电工作业安全 / 低压电工初训班 2022-03-07 11:00-14:00 补充课程a9",
            "低压电工初训班 2022-03-07 11:00-14:00 补充课程a9 / 低压电工初训班 2022-03-07 13:00-13:30 补充课程a8"));
  }

  @Test
  void lessons_planned_out_of_time_order_are_compared_by_time() {
    // a9 07:00-08:00 is listed after l1 08:30-11:30 but ends before it starts.
    Institution inst = withLessons(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, lesson("a9", "07:00", "08:00"));
    assertThat(tester.inspect(inst)).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void two_lessons_starting_at_the_same_time_clash() {
    Institution inst = withLessons(Fixtures.cleanInstitution(), Fixtures.CLASS_BLENDED, lesson("a9", "08:30", "09:30"));
    assertThat(tester.inspect(inst)).hasFinding(ID)
        .times(1)
        .withArgument("count", 1)
        .withEvidence("clashes", List.of(
            "井下电气作业复训班 2022-03-07 08:30-09:30 补充课程a9 / 低压电工初训班 2022-03-07 08:30-11:30 安全生产法律法规与电工作业安全"));
  }

  @Test
  void clashes_are_listed_in_text_order() {
    // Both clash with l1 08:30-11:30: a9 (this class, 09:00) is found first, a8 (the blended class, 10:30) sorts first.
    Institution inst = withLessons(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, lesson("a9", "09:00", "10:00"));
    inst = withLessons(inst, Fixtures.CLASS_BLENDED, lesson("a8", "10:30", "12:00"));
    assertThat(tester.inspect(inst)).hasFinding(ID)
        .times(1)
        .withArgument("count", 2)
        .withEvidence("clashes", List.of(
            "低压电工初训班 2022-03-07 08:30-11:30 安全生产法律法规与电工作业安全 / 井下电气作业复训班 2022-03-07 10:30-12:00 补充课程a8",
            "低压电工初训班 2022-03-07 08:30-11:30 安全生产法律法规与电工作业安全 / 低压电工初训班 2022-03-07 09:00-10:00 补充课程a9"));
  }
}
