package org.ducha.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.finding.Group;

/**
 * The problem list of an inspection (问题清单), shaped like the notice's annex: institutions numbered in order
 * (序号), each with its problems as numbered items; an item gathers the findings under one heading.
 *
 * @param institutions one entry per institution, in the report's order (those not inspected included, with no items)
 */
public record ProblemList(List<Entry> institutions) {

  /**
   * One institution's line of the list.
   *
   * @param number 1-based 序号
   * @param report the institution's report
   * @param items its numbered problems
   */
  public record Entry(int number, InstitutionReport report, List<Item> items) {
    public Entry {
      items = List.copyOf(items);
    }
  }

  /**
   * One numbered problem of an institution.
   *
   * @param number 1-based within the institution
   * @param topic the heading's topic (see {@link org.ducha.check.CheckDescriptor#topic()})
   * @param group the group of its first finding
   * @param findings the findings it gathers, in report order
   */
  public record Item(int number, String topic, Group group, List<Finding> findings) {
    public Item {
      findings = List.copyOf(findings);
    }
  }

  public ProblemList {
    institutions = List.copyOf(institutions);
  }

  /** The problem list of {@code report} grouped by {@code grouping}. */
  public static ProblemList of(InspectionReport report, ProblemGrouping grouping) {
    List<Entry> entries = new ArrayList<>();
    int n = 0;
    for (InstitutionReport r : report.institutions()) {
      Map<String, List<Finding>> byTopic = new LinkedHashMap<>();
      Map<String, Group> groups = new LinkedHashMap<>();
      for (Finding f : r.findings()) {
        String topic = grouping.topicOf().apply(f);
        byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(f);
        groups.putIfAbsent(topic, f.group());
      }
      List<String> topics = new ArrayList<>(byTopic.keySet());
      // Within a group the group's own topic comes first; the others keep the order of their first finding.
      topics.sort(Comparator.comparingInt((String t) -> grouping.rank(groups.get(t)))
          .thenComparing(t -> !t.equals(groups.get(t).id())));
      List<Item> items = new ArrayList<>();
      for (String t : topics) {
        List<Finding> findings = new ArrayList<>(byTopic.get(t));
        // Findings about the same class (or other subject) stand together, in the order of their subjects' labels,
        // which for classes begin with the first day: the way the notice lists a class's defects together.
        findings.sort(Comparator.comparing(f -> root(f.subject()).label()));
        items.add(new Item(items.size() + 1, t, groups.get(t), findings));
      }
      entries.add(new Entry(++n, r, items));
    }
    return new ProblemList(entries);
  }

  private static org.ducha.finding.Subject root(org.ducha.finding.Subject s) {
    return s.parent().map(ProblemList::root).orElse(s);
  }

  /** The number of items over all institutions: the notice's "共发现隐患和问题 N 条". */
  public int itemCount() {
    return institutions.stream().mapToInt(e -> e.items().size()).sum();
  }
}
