package org.ducha.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Lesson;

/**
 * The clock reading of {@code archive.exam.hours-short} with its default parameters, written out for the hand-written
 * loop and the Drools facts: minutes per class hour (40 offline before 2024-07-01, 45 from then by AQ 8011-2023 §4.4;
 * 30 online), lines without times credited before 2024-07-01 only, and hours in ten-thousandths of a class hour,
 * rounded down per lesson as {@code ClassIndex.ClassHour#hours} does.
 */
final class ClassHourClock {
  private ClassHourClock() {}

  private static final LocalDate AQ_8011_2023 = LocalDate.of(2024, 7, 1);

  /** Ten-thousandths of a class hour in one class hour. */
  static final long UNIT = 10_000;

  static long minutesPerHour(Lesson l, LocalDate date) {
    return l.mode() == DeliveryMode.ONLINE ? 30 : date.isBefore(AQ_8011_2023) ? 40 : 45;
  }

  /** {@code hours} in ten-thousandths. */
  static long units(BigDecimal hours) {
    return hours.movePointRight(4).longValueExact();
  }

  /** Whether the lesson's schedule cannot hold its hours. */
  static boolean compressed(Lesson l, LocalDate date) {
    return BigDecimal.valueOf(minutes(l.start(), l.end())).compareTo(l.hours().multiply(BigDecimal.valueOf(minutesPerHour(l, date)))) < 0;
  }

  /** Ten-thousandths of a class hour a line signed in and out earns in {@code l}; 0 for a line without both signatures. */
  static long earned(AttendanceEntry e, Lesson l, LocalDate date) {
    return earned(e, l, units(l.hours()), minutesPerHour(l, date), date);
  }

  /**
   * {@link #earned(AttendanceEntry, Lesson, LocalDate)} with the lesson's {@code hours} in ten-thousandths and its
   * {@code minutesPerHour} worked out once per lesson.
   */
  static long earned(AttendanceEntry e, Lesson l, long hours, long minutesPerHour, LocalDate date) {
    if (!e.signedIn() || !e.signedOut()) {
      return 0;
    }
    if (e.signInTime().isEmpty() || e.signOutTime().isEmpty()) {
      return date.isBefore(AQ_8011_2023) ? hours : 0;
    }
    LocalTime a = e.signInTime().get().isAfter(l.start()) ? e.signInTime().get() : l.start();
    LocalTime b = e.signOutTime().get().isBefore(l.end()) ? e.signOutTime().get() : l.end();
    return Math.min(hours, minutes(a, b) * UNIT / minutesPerHour);
  }

  private static long minutes(LocalTime from, LocalTime to) {
    long a = from.toNanoOfDay();
    long b = to.toNanoOfDay();
    return b > a ? (b - a) / 60_000_000_000L : 0;
  }
}
