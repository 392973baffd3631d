package org.ducha.tracking;

/**
 * Where a finding stands compared with an earlier inspection (整改跟踪). A finding of the new inspection is
 * {@link #NEW}, {@link #PERSISTING}, {@link #OVERDUE} or {@link #WAIVED}; a finding of the earlier inspection that
 * the new one did not find again is {@link #RESOLVED} or, when the new inspection could not have found it,
 * {@link #NOT_RECHECKED}. Declaration order is the order reports list them in.
 */
public enum TrackingState {
  /** Found now and not in the earlier inspection (nor carried by it as not rechecked). */
  NEW,
  /** Found now and already in the earlier inspection: not rectified (未整改到位). */
  PERSISTING,
  /**
   * A persisting finding whose rectification deadline (from the rectification plan) fell before the day the
   * institution was inspected again (逾期未整改); its severity is raised by the plan's step.
   */
  OVERDUE,
  /**
   * Found now, new or persisting, but covered by a waiver in force on the day of the inspection: an accepted
   * exception, kept in the report and left out of {@code --fail-on}.
   */
  WAIVED,
  /** In the earlier inspection; its check ran again on the institution and did not find it: rectified (已整改). */
  RESOLVED,
  /**
   * In the earlier inspection, but the new one could not have found it: the institution was not inspected (or
   * its records could not be read), or the check did not run on it (disabled, not applicable, failed). Not
   * counted as rectified; carried to the next comparison.
   */
  NOT_RECHECKED;

  /** Whether a finding in this state is one of the new inspection's findings. */
  public boolean current() {
    return this != RESOLVED && this != NOT_RECHECKED;
  }
}
