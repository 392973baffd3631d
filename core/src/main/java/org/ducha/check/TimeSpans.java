package org.ducha.check;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;

/**
 * Spans of time within one day, each packed into a {@code long} (the day, the first and the last minute), so that an
 * {@link InspectionCheck} can keep a person's presence compactly: 8 bytes a span in memory, 8 in its codec's output.
 * Spans sort by day, then start, then end. Precision is the minute: a sign-in at 08:00:40 counts from 08:00.
 */
public final class TimeSpans {
  private TimeSpans() {}

  private static final int MINUTE_BITS = 11;
  private static final long MINUTE_MASK = (1L << MINUTE_BITS) - 1;

  /** The span from {@code from} to {@code to} on {@code day}; {@code to} must not be before {@code from}. */
  public static long of(LocalDate day, LocalTime from, LocalTime to) {
    checkArgument(!to.isBefore(from), "a span cannot end (%s) before it starts (%s)", to, from);
    long epochDay = day.toEpochDay();
    checkArgument(epochDay >= 0, "days before 1970 are not supported: %s", day);
    return epochDay << (2 * MINUTE_BITS) | (long) minute(from) << MINUTE_BITS | minute(to);
  }

  /** The day of {@code span}. */
  public static LocalDate day(long span) {
    return LocalDate.ofEpochDay(span >>> (2 * MINUTE_BITS));
  }

  /** The first minute of {@code span}. */
  public static LocalTime from(long span) {
    return LocalTime.of(0, 0).plusMinutes((span >>> MINUTE_BITS) & MINUTE_MASK);
  }

  /** The last minute of {@code span}. */
  public static LocalTime to(long span) {
    return LocalTime.of(0, 0).plusMinutes(span & MINUTE_MASK);
  }

  /** {@code 2022-03-01 08:00-10:00}. */
  public static String format(long span) {
    return day(span) + " " + from(span) + "-" + to(span);
  }

  /**
   * The first {@code n} spans of {@code spans}, sorted, with spans of the same day that overlap or touch merged into
   * one: the times a person was present. Whether another span overlaps the union is what it would be for the parts.
   */
  public static long[] union(long[] spans, int n) {
    long[] s = Arrays.copyOf(spans, n);
    Arrays.sort(s);
    int out = 0;
    for (int i = 0; i < n; i++) {
      if (out > 0 && dayOf(s[out - 1]) == dayOf(s[i]) && startMinute(s[i]) <= endMinute(s[out - 1])) {
        if (endMinute(s[i]) > endMinute(s[out - 1])) {
          s[out - 1] = (s[out - 1] & ~MINUTE_MASK) | endMinute(s[i]);
        }
      } else {
        s[out++] = s[i];
      }
    }
    return Arrays.copyOf(s, out);
  }

  /** Receives a pair of overlapping spans. */
  @FunctionalInterface
  public interface OverlapConsumer {
    /** Span {@code a} of the first list overlaps span {@code b} of the second. */
    void overlap(long a, long b);
  }

  /**
   * Every pair of a span of {@code a} and a span of {@code b} that share at least a minute — spans that only touch
   * (one ends at 10:00, the other starts at 10:00) do not. Both arrays sorted, each without overlaps within itself (as
   * {@link #union} gives them). Linear in their lengths plus the pairs reported.
   */
  public static void overlaps(long[] a, long[] b, OverlapConsumer consumer) {
    int j0 = 0;
    for (long x : a) {
      while (j0 < b.length && (dayOf(b[j0]) < dayOf(x) || dayOf(b[j0]) == dayOf(x) && endMinute(b[j0]) <= startMinute(x))) {
        j0++;
      }
      for (int j = j0; j < b.length && dayOf(b[j]) == dayOf(x) && startMinute(b[j]) < endMinute(x); j++) {
        if (endMinute(b[j]) > startMinute(x)) {
          consumer.overlap(x, b[j]);
        }
      }
    }
  }

  /** Writes {@code spans}: their count, then each. */
  public static void write(long[] spans, DataOutput out) throws IOException {
    out.writeInt(spans.length);
    for (long s : spans) {
      out.writeLong(s);
    }
  }

  /** Reads spans written by {@link #write}. */
  public static long[] read(DataInput in) throws IOException {
    long[] s = new long[in.readInt()];
    for (int i = 0; i < s.length; i++) {
      s[i] = in.readLong();
    }
    return s;
  }

  private static int minute(LocalTime t) {
    return t.getHour() * 60 + t.getMinute();
  }

  private static long dayOf(long span) {
    return span >>> (2 * MINUTE_BITS);
  }

  private static long startMinute(long span) {
    return (span >>> MINUTE_BITS) & MINUTE_MASK;
  }

  private static long endMinute(long span) {
    return span & MINUTE_MASK;
  }
}
