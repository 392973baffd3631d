package org.ducha.tracking;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * One institution's findings with their states: first those of the new inspection, in report order, then those
 * of the earlier inspection that were not found again ({@link TrackingState#RESOLVED} or
 * {@link TrackingState#NOT_RECHECKED}), in the earlier report's order.
 *
 * @param institutionId the institution
 * @param institutionName its name (from the new report, else the earlier one)
 * @param findings its tracked findings
 */
public record InstitutionTracking(String institutionId, String institutionName, List<TrackedFinding> findings) {

  public InstitutionTracking {
    checkNotNull(institutionId, "institutionId");
    checkNotNull(institutionName, "institutionName");
    findings = List.copyOf(findings);
  }

  /** The findings of the new inspection. */
  public List<TrackedFinding> current() {
    return findings.stream().filter(f -> f.state().current()).toList();
  }

  /** The findings in {@code state}. */
  public List<TrackedFinding> inState(TrackingState state) {
    return findings.stream().filter(f -> f.state() == state).toList();
  }

  /** The tracked finding with {@code fingerprint}, if any. */
  public Optional<TrackedFinding> find(String fingerprint) {
    return findings.stream().filter(f -> f.fingerprint().equals(fingerprint)).findFirst();
  }
}
