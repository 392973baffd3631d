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
}
