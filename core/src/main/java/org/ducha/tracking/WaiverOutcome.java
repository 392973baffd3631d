package org.ducha.tracking;

import java.util.List;

/**
 * What became of one waiver in a comparison.
 *
 * @param waiver the waiver
 * @param status applied, expired or unused
 * @param fingerprints the findings of the new inspection it names (none when unused)
 */
public record WaiverOutcome(Waiver waiver, Status status, List<String> fingerprints) {

  /** What became of a waiver. */
  public enum Status {
    /** In force and covering a finding of the new inspection, which is {@link TrackingState#WAIVED}. */
    APPLIED,
    /** Naming a finding of the new inspection, but expired before the day of the inspection: no longer applies. */
    EXPIRED,
    /** Naming no finding of the new inspection: the problem is gone, or the waiver names it wrongly. */
    UNUSED
  }

  public WaiverOutcome {
    fingerprints = List.copyOf(fingerprints);
  }
}
