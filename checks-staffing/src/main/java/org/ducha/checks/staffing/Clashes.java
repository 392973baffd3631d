package org.ducha.checks.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What each fact under one identity number clashes with, gathered pair by pair while an inspection-scope check judges
 * the key: for fact <i>i</i>, the evidence lines, the other institutions or sites and the dates concerned.
 */
final class Clashes {
  private final List<Collection<String>> lines;
  private final List<TreeSet<String>> others;
  private final List<TreeSet<LocalDate>> dates;

  /**
   * @param size the number of facts under the key
   * @param lineCollection how one fact's evidence lines are kept: a list keeps repeats, a sorted set drops them
   */
  Clashes(int size, Supplier<Collection<String>> lineCollection) {
    lines = new ArrayList<>(size);
    others = new ArrayList<>(size);
    dates = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      lines.add(lineCollection.get());
      others.add(new TreeSet<>());
      dates.add(new TreeSet<>());
    }
  }

  /** Records that fact {@code i} clashes with {@code other} on {@code date}, shown as {@code line}. */
  void add(int i, String line, String other, LocalDate date) {
    lines.get(i).add(line);
    others.get(i).add(other);
    dates.get(i).add(date);
  }

  /** Whether fact {@code i} clashes with anything. */
  boolean any(int i) {
    return !lines.get(i).isEmpty();
  }

  /** Fact {@code i}'s evidence lines, sorted. */
  List<String> lines(int i) {
    List<String> list = new ArrayList<>(lines.get(i));
    list.sort(null);
    return list;
  }

  /** The other institutions or sites of fact {@code i}'s clashes, sorted, without repeats. */
  List<String> others(int i) {
    return List.copyOf(others.get(i));
  }

  /** The dates of fact {@code i}'s clashes, ascending, without repeats. */
  List<LocalDate> dates(int i) {
    return List.copyOf(dates.get(i));
  }
}
