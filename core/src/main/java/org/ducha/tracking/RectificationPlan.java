package org.ducha.tracking;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.finding.Finding;

/**
 * A rectification plan (整改方案) for the findings of an earlier inspection, item by item: who is responsible and
 * the deadline (明确责任人、倒排工期). A persisting finding past its deadline on the day of the new inspection is
 * {@link TrackingState#OVERDUE} and its severity is raised by {@link #overdueSeverityStep()} levels, at most to
 * {@link org.ducha.finding.Severity#CRITICAL CRITICAL}.
 *
 * @param entries in the plan's order; none naming the same finding (or the same check at the same institution) twice
 * @param overdueSeverityStep how many severity levels an overdue finding is raised (0 to 3; default 1)
 */
public record RectificationPlan(List<PlanEntry> entries, int overdueSeverityStep) {

  /** The default raise of an overdue finding's severity: one level. */
  public static final int DEFAULT_OVERDUE_STEP = 1;

  public RectificationPlan {
    entries = List.copyOf(entries);
    checkArgument(overdueSeverityStep >= 0 && overdueSeverityStep <= 3, "overdueSeverityStep must be 0 to 3: %s", overdueSeverityStep);
    Map<String, PlanEntry> seen = new HashMap<>();
    for (PlanEntry e : entries) {
      PlanEntry other = seen.putIfAbsent(e.finding().key(), e);
      checkArgument(other == null, "the plan names the same findings twice: %s and %s", other == null ? "" : other.finding(), e.finding());
    }
  }

  /** A plan with the default step. */
  public static RectificationPlan of(List<PlanEntry> entries) {
    return new RectificationPlan(entries, DEFAULT_OVERDUE_STEP);
  }

  /** The empty plan: no deadlines, nothing overdue. */
  public static RectificationPlan none() {
    return of(List.of());
  }

  /** The entry for {@code finding}, if the plan has one: the entry naming it, else a check-wide entry covering it. */
  public Optional<PlanEntry> entryFor(Finding finding) {
    Optional<PlanEntry> exact = entries.stream().filter(e -> e.finding().exact() && e.finding().matches(finding)).findFirst();
    return exact.isPresent() ? exact : entries.stream().filter(e -> !e.finding().exact() && e.finding().matches(finding)).findFirst();
  }
}
