package org.ducha.tracking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.model.Inspection;

/**
 * The earlier inspection a new one is compared with: its findings, each with the day it was first seen and in
 * how many successive inspections it was found. Built from the earlier report alone (every finding first seen
 * that day, found once), or from the earlier report and the tracking it carried (its own comparison with the
 * inspection before it), so that three and more successive inspections accumulate first-seen dates and counts.
 * Findings the earlier comparison listed as {@link TrackingState#NOT_RECHECKED} are part of the baseline too;
 * {@link TrackingState#RESOLVED} ones are not.
 *
 * <p>Immutable.
 */
public final class Baseline {

  /**
   * One earlier finding.
   *
   * @param finding the finding as the earlier inspection had it
   * @param institutionName the name of its institution in the earlier report
   * @param firstSeen the day of the first inspection of its unbroken run
   * @param inspections in how many successive inspections it was found, up to the earlier one
   */
  public record Entry(Finding finding, String institutionName, LocalDate firstSeen, int inspections) {
    public Entry {
      checkNotNull(finding, "finding");
      checkNotNull(institutionName, "institutionName");
      checkNotNull(firstSeen, "firstSeen");
      checkArgument(inspections >= 1, "inspections must be >= 1: %s", inspections);
    }
  }

  private final Optional<Inspection> inspection;
  private final Map<String, Entry> entries;
  private final Map<String, String> institutions;

  private Baseline(Optional<Inspection> inspection, Map<String, Entry> entries, Map<String, String> institutions) {
    this.inspection = inspection;
    this.entries = Collections.unmodifiableMap(entries);
    this.institutions = Collections.unmodifiableMap(institutions);
  }

  /** A baseline with no findings: every finding of the new inspection is new. */
  public static Baseline none() {
    return new Baseline(Optional.empty(), new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /** The earlier report, with no tracking of its own: each finding first seen on its institution's inspection day. */
  public static Baseline of(InspectionReport earlier) {
    return of(earlier, Optional.empty());
  }

  /** The earlier report with the tracking it carried, if it carried one. */
  public static Baseline of(TrackedReport earlier) {
    return of(earlier.report(), Optional.of(earlier.tracking()));
  }

  /**
   * The earlier report with the tracking it carried, if any: a finding tracked there keeps its first-seen day and
   * count; findings it listed as not rechecked are carried on.
   *
   * @throws IllegalArgumentException when an institution with findings has no inspection day and the report no
   *     inspection period
   */
  public static Baseline of(InspectionReport earlier, Optional<Tracking> tracking) {
    checkNotNull(earlier, "earlier");
    Map<String, TrackedFinding> tracked = new LinkedHashMap<>();
    tracking.ifPresent(t -> t.findings().forEach(f -> tracked.putIfAbsent(f.fingerprint(), f)));
    Map<String, Entry> entries = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (InstitutionReport r : earlier.institutions()) {
      names.putIfAbsent(r.institutionId(), r.institutionName());
      for (Finding f : r.findings()) {
        TrackedFinding t = tracked.get(f.fingerprint());
        Entry e = t != null && t.state().current()
            ? new Entry(f, r.institutionName(), t.firstSeen(), t.inspections())
            : new Entry(f, r.institutionName(), day(earlier, r), 1);
        entries.putIfAbsent(f.fingerprint(), e);
      }
    }
    if (tracking.isPresent()) {
      for (InstitutionTracking i : tracking.get().institutions()) {
        for (TrackedFinding t : i.inState(TrackingState.NOT_RECHECKED)) {
          names.putIfAbsent(i.institutionId(), i.institutionName());
          entries.putIfAbsent(t.fingerprint(), new Entry(t.finding(), i.institutionName(), t.firstSeen(), t.inspections()));
        }
      }
    }
    return new Baseline(earlier.inspection(), entries, names);
  }

  private static LocalDate day(InspectionReport report, InstitutionReport r) {
    return r.inspectedOn().or(() -> report.inspection().map(Inspection::periodStart))
        .orElseThrow(() -> new IllegalArgumentException("institution " + r.institutionId() + " of the baseline has findings but no inspection day"));
  }

  /** The earlier inspection, if its report named one. */
  public Optional<Inspection> inspection() {
    return inspection;
  }

  /** Every earlier finding, in the earlier report's order (carried not-rechecked findings last). */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** The earlier finding with {@code fingerprint}, if any. */
  public Optional<Entry> find(String fingerprint) {
    return Optional.ofNullable(entries.get(fingerprint));
  }

  /** The earlier findings of institution {@code institutionId}, in order. */
  public List<Entry> entriesOf(String institutionId) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries.values()) {
      if (e.finding().institutionId().equals(institutionId)) {
        out.add(e);
      }
    }
    return out;
  }

  /** Ids and names of the institutions of the earlier inspection, in its order. */
  public Map<String, String> institutions() {
    return institutions;
  }
}
