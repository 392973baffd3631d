package org.ducha.formats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The forms in which a date may be written in an input file: ISO {@code 2022-03-07}, and the forms Chinese users
 * type — {@code 2022年3月7日}, {@code 2022/3/7}, {@code 2022.3.7}, {@code 2022-3-7} (month and day with or without a
 * leading zero, a four-digit year). Every reader uses it; writers write ISO dates only.
 */
public final class InputDates {
  private InputDates() {}

  /** The day {@code text} names, blanks around it ignored; empty when it is in none of the forms or no real day. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    return Optional.ofNullable(date(s.toCharArray(), 0, s.length()));
  }

  /** The day in {@code c[o, o+n)}, in any of the forms; null when none or no real day. */
  static LocalDate date(char[] c, int o, int n) {
    LocalDate iso = FastTimes.date(c, o, n);
    if (iso != null) {
      return iso;
    }
    if (n < 8 || n > 11) {
      return null;
    }
    int y = number(c, o, o + 4);
    if (y < 0) {
      return null;
    }
    char sep = c[o + 4];
    boolean chinese = sep == '年';
    if (!chinese && sep != '-' && sep != '/' && sep != '.') {
      return null;
    }
    int i = o + 5;
    int monthEnd = i;
    while (monthEnd < o + n && monthEnd - i < 2 && isDigit(c[monthEnd])) {
      monthEnd++;
    }
    if (monthEnd == i || monthEnd >= o + n || c[monthEnd] != (chinese ? '月' : sep)) {
      return null;
    }
    int m = number(c, i, monthEnd);
    int dayStart = monthEnd + 1;
    int dayEnd = o + n - (chinese ? 1 : 0);
    if (chinese && c[dayEnd] != '日' || dayEnd - dayStart < 1 || dayEnd - dayStart > 2) {
      return null;
    }
    int d = number(c, dayStart, dayEnd);
    if (m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  private static int number(char[] c, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      if (!isDigit(c[i])) {
        return -1;
      }
      v = v * 10 + c[i] - '0';
    }
    return v;
  }
}
