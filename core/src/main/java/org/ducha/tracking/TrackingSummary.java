package org.ducha.tracking;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of a comparison: for each institution and in total, how many findings are new, persisting, overdue,
 * waived, resolved and not rechecked. The states are disjoint: a finding counts once.
 *
 * @param institutions one line per institution, in the comparison's order
 * @param total the sums
 */
public record TrackingSummary(List<Line> institutions, Line total) {

  /**
   * Counts of one institution (or of all).
   *
   * @param institutionId the institution, or empty for the total
   * @param institutionName its name, or empty for the total
   * @param counts findings per state; every state present
   */
  public record Line(String institutionId, String institutionName, Map<TrackingState, Integer> counts) {
    public Line {
      EnumMap<TrackingState, Integer> all = new EnumMap<>(TrackingState.class);
      for (TrackingState s : TrackingState.values()) {
        all.put(s, counts.getOrDefault(s, 0));
      }
      counts = java.util.Collections.unmodifiableMap(all);
    }

    /** The count of {@code state}. */
    public int count(TrackingState state) {
      return counts.get(state);
    }
  }

  public TrackingSummary {
    institutions = List.copyOf(institutions);
  }

  /** The summary of {@code tracking}. */
  public static TrackingSummary of(Tracking tracking) {
    List<Line> lines = new ArrayList<>();
    Map<TrackingState, Integer> total = new EnumMap<>(TrackingState.class);
    for (InstitutionTracking i : tracking.institutions()) {
      Map<TrackingState, Integer> counts = new EnumMap<>(TrackingState.class);
      for (TrackedFinding f : i.findings()) {
        counts.merge(f.state(), 1, Integer::sum);
        total.merge(f.state(), 1, Integer::sum);
      }
      lines.add(new Line(i.institutionId(), i.institutionName(), counts));
    }
    return new TrackingSummary(lines, new Line("", "", total));
  }
}
