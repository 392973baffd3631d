package org.ducha.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.TestFixtures;
import org.ducha.model.TrainingClass;
import org.junit.jupiter.api.Test;

/** Attended hours by the clock: the overlap of signed presence with the lesson, in minutes per class hour. */
class ClassIndexClockTest {

  private static final LocalDate DAY = TestFixtures.CLASS_START;
  private static final ClassIndex.ClassHour AT_45 = new ClassIndex.ClassHour(45, 30, true);
  private static final ClassIndex.ClassHour AT_45_UNTIMED_EARN_NOTHING = new ClassIndex.ClassHour(45, 30, false);

  private static LocalTime t(int h, int m) {
    return LocalTime.of(h, m);
  }

  /** Offline o-1 08:30-11:30 (4 h), online n-1 14:00-16:00 (4 h), offline o-2 19:00-19:20 (4 h). */
  private static ClassIndex index(List<AttendanceEntry> lines) {
    TrainingClass c = TestFixtures.trainingClass(TestFixtures.CLASS_ID, List.of("t-1")).with(b -> {
      b.lessons.clear();
      b.lessons.add(new Lesson("o-1", DAY, t(8, 30), t(11, 30), "电工基础", TestFixtures.TEACHER, new BigDecimal("4"),
          LessonKind.THEORY, DeliveryMode.OFFLINE));
      b.lessons.add(new Lesson("n-1", DAY, t(14, 0), t(16, 0), "安全法规", TestFixtures.TEACHER, new BigDecimal("4"),
          LessonKind.THEORY, DeliveryMode.ONLINE));
      b.lessons.add(new Lesson("o-2", DAY, t(19, 0), t(19, 20), "触电急救", TestFixtures.TEACHER, new BigDecimal("4"),
          LessonKind.THEORY, DeliveryMode.OFFLINE));
      b.lessonRecords.clear();
      b.attendance.clear();
      b.attendance.addAll(lines);
      return b;
    });
    Institution inst = TestFixtures.institution().with(b -> {
      b.classes.set(0, c);
      return b;
    });
    return new InstitutionIndex(inst).of(inst.classes().get(0));
  }

  @Test
  void presence_covering_the_lesson_earns_its_planned_hours() {
    ClassIndex i = index(List.of(AttendanceEntry.signed("t-1", "o-1", t(8, 20), t(11, 40))));
    assertThat(i.attendedHours("t-1", AT_45)).isEqualByComparingTo("4");
  }

  @Test
  void arriving_late_earns_only_the_minutes_present() {
    // 08:39-11:30: 171 minutes, 3.8 class hours of 45 minutes
    ClassIndex i = index(List.of(AttendanceEntry.signed("t-1", "o-1", t(8, 39), t(11, 30))));
    assertThat(i.attendedHours("t-1", AT_45)).isEqualByComparingTo("3.8");
    assertThat(i.attendedHours("t-1", new ClassIndex.ClassHour(40, 30, true))).isEqualByComparingTo("4");
    assertThat(i.attendedHours("t-1")).as("the sheet's own credit ignores the clock").isEqualByComparingTo("4");
  }

  @Test
  void online_lessons_count_30_minutes_a_class_hour() {
    ClassIndex i = index(List.of(AttendanceEntry.signed("t-1", "n-1", t(14, 0), t(15, 0))));
    assertThat(i.attendedHours("t-1", AT_45)).isEqualByComparingTo("2");
  }

  @Test
  void a_lesson_too_short_for_its_hours_earns_what_its_time_holds() {
    ClassIndex i = index(List.of(AttendanceEntry.signed("t-1", "o-2", t(18, 50), t(19, 30))));
    assertThat(i.attendedHours("t-1", AT_45)).isEqualByComparingTo("0.4444");
  }

  @Test
  void presence_outside_the_lesson_earns_nothing() {
    ClassIndex i = index(List.of(AttendanceEntry.signed("t-1", "o-1", t(12, 0), t(13, 0))));
    assertThat(i.attendedHours("t-1", AT_45)).isEqualByComparingTo("0");
  }

  @Test
  void lines_without_times_earn_the_planned_hours_or_nothing_as_the_rule_says() {
    AttendanceEntry untimed = new AttendanceEntry("t-1", "o-1", true, Optional.empty(), true, Optional.empty(), AttendanceMethod.SIGNATURE);
    ClassIndex i = index(List.of(untimed));
    assertThat(i.attendedHours("t-1", AT_45)).isEqualByComparingTo("4");
    assertThat(i.attendedHours("t-1", AT_45_UNTIMED_EARN_NOTHING)).isEqualByComparingTo("0");
  }

  @Test
  void half_signed_lines_earn_nothing_and_of_two_lines_the_better_counts_once() {
    ClassIndex i = index(List.of(
        new AttendanceEntry("t-1", "n-1", true, Optional.of(t(14, 0)), false, Optional.empty(), AttendanceMethod.FACE),
        AttendanceEntry.signed("t-1", "o-1", t(9, 0), t(11, 30)),
        AttendanceEntry.signed("t-1", "o-1", t(8, 30), t(11, 30))));
    assertThat(i.attendedHours("t-1", AT_45)).isEqualByComparingTo("4");
  }

  @Test
  void overlap_and_duration_in_whole_minutes() {
    assertThat(ClassIndex.overlapMinutes(t(8, 0), t(9, 0), t(8, 30), t(10, 0))).isEqualTo(30);
    assertThat(ClassIndex.overlapMinutes(t(10, 0), t(11, 0), t(8, 30), t(10, 0))).isZero();
    assertThat(ClassIndex.minutesBetween(t(11, 0), t(10, 0))).isZero();
    assertThat(AT_45.holds(180, index(List.of()).lesson("o-1").orElseThrow())).isTrue();
    assertThat(AT_45.holds(179, index(List.of()).lesson("o-1").orElseThrow())).isFalse();
  }

  @Test
  void a_class_hour_has_at_least_one_minute() {
    assertThatThrownBy(() -> new ClassIndex.ClassHour(0, 30, true)).hasMessageContaining("0 offline");
  }
}
