package org.ducha.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ducha.check.CheckDescriptor;
import org.ducha.finding.Finding;
import org.ducha.finding.Group;

/**
 * How a problem list groups one institution's findings into numbered items, and in what order the items
 * come. The default follows the notice: one item per problem heading ({@link CheckDescriptor#topic()}), items of
 * governance first, then staffing, archives and facilities.
 *
 * @param topicOf the heading a finding belongs under
 * @param groupOrder groups in the order their items are listed; groups not named come last, by their own order
 */
public record ProblemGrouping(Function<Finding, String> topicOf, List<String> groupOrder) {

  /** The notice's order of groups within an institution's items. */
  public static final List<String> NOTICE_ORDER = List.of(Group.GOVERNANCE.id(), Group.STAFFING.id(), Group.ARCHIVE.id(), Group.FACILITIES.id());

  public ProblemGrouping {
    groupOrder = List.copyOf(groupOrder);
  }

  /** The default: by each check's topic, in the notice's group order. */
  public static ProblemGrouping byTopic(List<CheckDescriptor> catalogue) {
    Map<String, String> topics = new java.util.HashMap<>();
    for (CheckDescriptor d : catalogue) {
      topics.put(d.id(), d.topic());
    }
    return new ProblemGrouping(f -> topics.getOrDefault(f.checkId(), f.group().id()), NOTICE_ORDER);
  }

  /** One item per group: every archive finding in one item, every staffing finding in another, and so on. */
  public static ProblemGrouping byGroup() {
    return new ProblemGrouping(f -> f.group().id(), NOTICE_ORDER);
  }

  /** One item per check. */
  public static ProblemGrouping byCheck() {
    return new ProblemGrouping(Finding::checkId, NOTICE_ORDER);
  }

  /** The same grouping with another topic function. */
  public ProblemGrouping withTopics(Function<Finding, String> topics) {
    return new ProblemGrouping(topics, groupOrder);
  }

  int rank(Group g) {
    int i = groupOrder.indexOf(g.id());
    return i >= 0 ? i : groupOrder.size() + g.order();
  }
}
