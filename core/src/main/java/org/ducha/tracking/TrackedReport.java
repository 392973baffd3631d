package org.ducha.tracking;

import static com.google.common.base.Preconditions.checkNotNull;

import org.ducha.engine.InspectionReport;
import org.ducha.finding.Severity;

/**
 * An inspection report compared with an earlier one: the report (overdue findings with their raised severity)
 * and the tracking of every finding.
 *
 * @param report the new inspection's report, overdue findings raised
 * @param tracking the states of its findings and of the earlier ones
 */
public record TrackedReport(InspectionReport report, Tracking tracking) {

  public TrackedReport {
    checkNotNull(report, "report");
    checkNotNull(tracking, "tracking");
  }

  /** Whether a finding that is not waived is at {@code severity} or above (raised severities count). */
  public boolean hasFindingAtOrAbove(Severity severity) {
    return tracking.findings().anyMatch(f -> f.state().current() && f.state() != TrackingState.WAIVED && f.finding().severity().atLeast(severity));
  }
}
