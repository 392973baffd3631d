package org.ducha.tracking;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ducha.model.Inspection;

/**
 * The comparison of an inspection with an earlier one (the baseline): every finding of either with its state,
 * institution by institution, and what became of the waivers and of the rectification plan. Made by a
 * {@link Tracker}; written into the JSON report so that the report can serve as the baseline of the next
 * inspection, with first-seen dates and counts carried on.
 *
 * @param baseline the earlier inspection, when its report named one
 * @param institutions one entry per institution: those of the new report in its order, then those only the
 *     earlier report has (their findings all {@link TrackingState#NOT_RECHECKED})
 * @param waivers what became of each waiver, in the order given
 * @param unmatchedPlanEntries plan entries that name no finding of the earlier inspection
 */
public record Tracking(Optional<Inspection> baseline, List<InstitutionTracking> institutions, List<WaiverOutcome> waivers,
    List<PlanEntry> unmatchedPlanEntries) {

  public Tracking {
    baseline = baseline == null ? Optional.empty() : baseline;
    institutions = List.copyOf(institutions);
    waivers = List.copyOf(waivers);
    unmatchedPlanEntries = List.copyOf(unmatchedPlanEntries);
  }

  /** Every tracked finding, institution by institution. */
  public Stream<TrackedFinding> findings() {
    return institutions.stream().flatMap(i -> i.findings().stream());
  }

  /** The tracked finding with {@code fingerprint}, if any. */
  public Optional<TrackedFinding> find(String fingerprint) {
    return findings().filter(f -> f.fingerprint().equals(fingerprint)).findFirst();
  }

  /** The entry of the institution with {@code institutionId}, if any. */
  public Optional<InstitutionTracking> institution(String institutionId) {
    return institutions.stream().filter(i -> i.institutionId().equals(institutionId)).findFirst();
  }

  /** The waivers with {@code status}. */
  public List<WaiverOutcome> waivers(WaiverOutcome.Status status) {
    return waivers.stream().filter(w -> w.status() == status).toList();
  }

  /** The counts per institution and in total. */
  public TrackingSummary summary() {
    return TrackingSummary.of(this);
  }
}
