package org.ducha.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ducha.engine.InspectionStatus;
import org.ducha.finding.Group;

/**
 * The summary of a problem list, like part 一 of the notice: the total, and for each group how many items and
 * findings and which institutions are concerned.
 *
 * @param institutions how many institutions the list covers
 * @param notInspected names of institutions that could not be inspected
 * @param items total numbered items (问题条数)
 * @param findings total findings
 * @param groups one line per group that has findings, in group order
 */
public record Summary(int institutions, List<String> notInspected, int items, int findings, List<GroupLine> groups) {

  /**
   * One group's line.
   *
   * @param group the group
   * @param items items whose first finding is of the group
   * @param findings findings of the group
   * @param institutions names of institutions with findings of the group, in list order
   */
  public record GroupLine(Group group, int items, int findings, List<String> institutions) {
    public GroupLine {
      institutions = List.copyOf(institutions);
    }
  }

  public Summary {
    notInspected = List.copyOf(notInspected);
    groups = List.copyOf(groups);
  }

  /** The summary of {@code list}. */
  public static Summary of(ProblemList list) {
    Map<Group, int[]> counts = new TreeMap<>();
    Map<Group, Set<String>> names = new TreeMap<>();
    List<String> notInspected = new ArrayList<>();
    int findings = 0;
    for (ProblemList.Entry e : list.institutions()) {
      if (e.report().status() == InspectionStatus.NOT_INSPECTED) {
        notInspected.add(e.report().institutionName());
      }
      for (ProblemList.Item item : e.items()) {
        counts.computeIfAbsent(item.group(), g -> new int[2])[0]++;
        for (var f : item.findings()) {
          counts.computeIfAbsent(f.group(), g -> new int[2])[1]++;
          names.computeIfAbsent(f.group(), g -> new LinkedHashSet<>()).add(e.report().institutionName());
          findings++;
        }
      }
    }
    List<GroupLine> lines = new ArrayList<>();
    counts.forEach((g, c) -> lines.add(new GroupLine(g, c[0], c[1], List.copyOf(names.getOrDefault(g, Set.of())))));
    return new Summary(list.institutions().size(), notInspected, list.itemCount(), findings, lines);
  }
}
