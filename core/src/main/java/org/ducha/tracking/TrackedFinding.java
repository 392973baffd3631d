package org.ducha.tracking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;

/**
 * One finding with its state across inspections.
 *
 * @param finding the finding: of the new inspection (with its severity raised when overdue), or, for
 *     {@link TrackingState#RESOLVED} and {@link TrackingState#NOT_RECHECKED}, as the earlier inspection found it
 * @param state where it stands
 * @param firstSeen the day of the first inspection of the unbroken run that found it (for a new finding, the
 *     day of this inspection)
 * @param inspections in how many successive inspections it was found, this one included when it is current:
 *     1 for a new finding, 2 the first time it persists, and so on; for a resolved finding, the count it had
 *     when it was last found
 * @param raisedFrom the severity before an overdue finding was raised, if it was
 * @param plan the rectification plan's entry for it, if any
 * @param waiver the waiver that applies to it ({@link TrackingState#WAIVED}), if any
 * @param expiredWaiver a waiver naming it that expired before this inspection, if any (it no longer applies)
 */
public record TrackedFinding(
    Finding finding,
    TrackingState state,
    LocalDate firstSeen,
    int inspections,
    Optional<Severity> raisedFrom,
    Optional<PlanEntry> plan,
    Optional<Waiver> waiver,
    Optional<Waiver> expiredWaiver) {

  public TrackedFinding {
    checkNotNull(finding, "finding");
    checkNotNull(state, "state");
    checkNotNull(firstSeen, "firstSeen");
    checkArgument(inspections >= 1, "inspections must be >= 1: %s", inspections);
    raisedFrom = raisedFrom == null ? Optional.empty() : raisedFrom;
    plan = plan == null ? Optional.empty() : plan;
    waiver = waiver == null ? Optional.empty() : waiver;
    expiredWaiver = expiredWaiver == null ? Optional.empty() : expiredWaiver;
    checkArgument(waiver.isPresent() == (state == TrackingState.WAIVED), "a finding is WAIVED exactly when a waiver applies: %s", state);
    checkArgument(raisedFrom.isEmpty() || state == TrackingState.OVERDUE, "only an overdue finding is raised: %s", state);
  }

  /** The finding's fingerprint. */
  public String fingerprint() {
    return finding.fingerprint();
  }

  /** Whether an earlier inspection found it already (so it is not new, whatever its state). */
  public boolean seenBefore() {
    return !state.current() || inspections > 1;
  }
}
