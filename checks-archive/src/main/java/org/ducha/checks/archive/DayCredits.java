package org.ducha.checks.archive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ducha.check.ClassIndex;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.Lesson;

/**
 * What one class's sign-in sheets credit each trainee on each calendar day, by the clock: per trainee and day, the
 * minutes each lesson earns (the line that earns most, see {@link ClassIndex#creditedMinutes}), and the first
 * sign-in and last sign-out of the lines that give both times. Built in one pass over the sheet lines.
 */
final class DayCredits {

  /** One trainee's day. */
  static final class Day {
    final String traineeId;
    final LocalDate date;
    /** Minutes earned per lesson id, of lines with both times only, or of every line, as built. */
    final Map<String, BigDecimal> minutes = new HashMap<>();
    final Map<String, Lesson> lessons = new HashMap<>();
    LocalTime firstIn;
    LocalTime lastOut;

    Day(String traineeId, LocalDate date) {
      this.traineeId = traineeId;
      this.date = date;
    }

    /** Class hours earned that day. */
    BigDecimal hours(ClassIndex.ClassHour rule) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Map.Entry<String, BigDecimal> m : minutes.entrySet()) {
        sum = sum.add(rule.hours(m.getValue(), lessons.get(m.getKey())));
      }
      return sum;
    }

    /** Minutes earned that day. */
    BigDecimal totalMinutes() {
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal m : minutes.values()) {
        sum = sum.add(m);
      }
      return sum;
    }

    /** Minutes from the first sign-in to the last sign-out of the day's timed lines. */
    long elapsedMinutes() {
      return firstIn == null ? 0 : ClassIndex.minutesBetween(firstIn, lastOut);
    }
  }

  private DayCredits() {}

  /**
   * The days of every trainee of {@code archive}, in the order of the sheet lines; lines for lessons not due by the
   * inspection date, or for no planned lesson, are left out. With {@code timedOnly}, only lines with both times.
   */
  static Map<String, Day> of(ClassArchive archive, ClassIndex.ClassHour rule, boolean timedOnly) {
    Map<String, Day> days = new LinkedHashMap<>();
    for (AttendanceEntry e : archive.trainingClass().attendance()) {
      Optional<Lesson> lesson = archive.index().lesson(e.lessonId());
      if (lesson.isEmpty() || !archive.due(lesson.get())) {
        continue;
      }
      boolean timed = e.signInTime().isPresent() && e.signOutTime().isPresent();
      if (timedOnly && !timed) {
        continue;
      }
      Optional<BigDecimal> earned = ClassIndex.creditedMinutes(e, lesson.get(), rule);
      if (earned.isEmpty()) {
        continue;
      }
      Lesson l = lesson.get();
      Day day = days.computeIfAbsent(e.traineeId() + '\u001f' + l.date(), k -> new Day(e.traineeId(), l.date()));
      day.minutes.merge(l.id(), earned.get(), BigDecimal::max);
      day.lessons.put(l.id(), l);
      if (timed) {
        LocalTime in = e.signInTime().get();
        LocalTime out = e.signOutTime().get();
        day.firstIn = day.firstIn == null || in.isBefore(day.firstIn) ? in : day.firstIn;
        day.lastOut = day.lastOut == null || out.isAfter(day.lastOut) ? out : day.lastOut;
      }
    }
    return days;
  }

  /** How evidence names a trainee's day. */
  static String label(ClassArchive archive, Day day) {
    return archive.traineeName(day.traineeId) + " " + day.date;
  }
}
