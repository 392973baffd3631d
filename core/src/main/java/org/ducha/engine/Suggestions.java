package org.ducha.engine;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Suggestions for a misspelt name: the known names closest to it, for error messages that say "did you mean …?"
 * (unknown check, pack, parameter or field names). Used by the engine and the readers of data files.
 */
public final class Suggestions {
  private Suggestions() {}

  /** Up to three names from {@code known} closest to {@code wanted} by edit distance, closest first. */
  public static List<String> closest(String wanted, Collection<String> known) {
    return known.stream()
        .sorted(Comparator.comparingInt((String k) -> distance(wanted, k)).thenComparing(k -> k))
        .limit(3)
        .toList();
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
