package org.ducha.checks.archive;

import java.util.Locale;

/**
 * How names written on different records (courses, enterprises) are compared. Records written by hand differ in
 * spacing and punctuation, so names are compared by their {@linkplain #key key}. A lesson record often adds detail
 * to the planned course ("电工基础知识：欧姆定律"), so two course names match when one key contains the other.
 */
final class WrittenNames {
  private WrittenNames() {}

  /** {@code name} without white space and punctuation, in lower case: the key under which names are compared. */
  static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    name.codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(sb::appendCodePoint);
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code written} names the course {@code planned}. */
  static boolean sameCourse(String planned, String written) {
    String p = key(planned);
    String w = key(written);
    if (p.isEmpty() || w.isEmpty()) {
      return p.equals(w);
    }
    return p.contains(w) || w.contains(p);
  }
}
