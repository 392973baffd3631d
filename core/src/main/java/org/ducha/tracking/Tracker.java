package org.ducha.tracking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.model.Inspection;

/**
 * Compares a new inspection's report with an earlier one (整改跟踪, the follow-up inspection 回头看) and gives
 * every finding a {@link TrackingState}.
 *
 * <pre>{@code
 * Tracker tracker = Tracker.builder().plan(plan).waivers(waivers).build();
 * TrackedReport tracked = tracker.track(Baseline.of(earlierReport), newReport);
 * tracked.tracking().summary().total().count(TrackingState.RESOLVED);
 * }</pre>
 *
 * <h2>Matching</h2>
 * Findings are matched by {@linkplain Finding#fingerprint() fingerprint} alone: check id, institution id and
 * subject key. A changed message text or arguments, a changed severity (by a profile or a new version of the
 * check), other labels (a class renamed, a person's name corrected) and the order of the input do not matter.
 * What does: a finding is {@link TrackingState#NEW} (and its earlier self {@link TrackingState#RESOLVED}) when
 * its check id, its institution's id or its subject's key changes — a class, staff member, document, room or
 * piece of equipment given another id in the records, a trainee moved to another class, a check renamed by its
 * pack. Keep ids stable across inspections.
 *
 * <h2>States</h2>
 * <ul>
 *   <li>A finding of the new report is NEW when the baseline does not have it, PERSISTING when it does; a
 *       persisting finding whose plan deadline is before the day its institution was inspected again is
 *       OVERDUE and its severity is raised by the plan's step (capped at CRITICAL); a new or persisting finding
 *       covered by a waiver in force that day is WAIVED (a waiver takes precedence over a deadline).
 *   <li>A finding of the baseline not found again is RESOLVED when its institution was inspected and its check
 *       ran there (passed or failed); otherwise NOT_RECHECKED, and carried on to the next comparison.
 *   <li>A finding that disappears (RESOLVED) and comes back in a later inspection comes back as NEW, first seen
 *       on the day it came back, count 1: its rectification was accepted in between, so the recurrence is a new
 *       problem and a new deadline must be set. (A finding only NOT_RECHECKED in between comes back PERSISTING,
 *       keeping its first-seen day; its count is the number of inspections that found it.)
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Tracker {

  private final RectificationPlan plan;
  private final List<Waiver> waivers;

  private Tracker(RectificationPlan plan, List<Waiver> waivers) {
    this.plan = plan;
    this.waivers = waivers;
  }

  /** A builder: no plan, no waivers, waiver horizon {@value Waiver#DEFAULT_MAX_HORIZON_DAYS} days. */
  public static Builder builder() {
    return new Builder();
  }

  /** A tracker with no plan and no waivers. */
  public static Tracker plain() {
    return builder().build();
  }

  /** The rectification plan in use. */
  public RectificationPlan plan() {
    return plan;
  }

  /** The waivers in use. */
  public List<Waiver> waivers() {
    return waivers;
  }

  /** Compares {@code current} with {@code baseline}. */
  public TrackedReport track(Baseline baseline, InspectionReport current) {
    checkNotNull(baseline, "baseline");
    checkNotNull(current, "current");
    Set<PlanEntry> planUsed = new HashSet<>();
    // By position: two waivers with equal content are still two waivers.
    List<List<String>> waiverMatches = new ArrayList<>();
    boolean[] waiverApplied = new boolean[waivers.size()];
    waivers.forEach(w -> waiverMatches.add(new ArrayList<>()));

    List<InstitutionTracking> institutions = new ArrayList<>();
    List<InstitutionReport> reports = new ArrayList<>();
    Set<String> reported = new LinkedHashSet<>();
    for (InstitutionReport r : current.institutions()) {
      reported.add(r.institutionId());
      List<TrackedFinding> tracked = new ArrayList<>();
      List<Finding> findings = new ArrayList<>();
      Set<String> present = new HashSet<>();
      for (Finding f : r.findings()) {
        present.add(f.fingerprint());
        LocalDate day = day(current, r);
        Optional<Baseline.Entry> earlier = baseline.find(f.fingerprint());
        // The plan answers the earlier inspection: a finding it did not have is new, whatever the plan says.
        Optional<PlanEntry> entry = earlier.flatMap(e -> plan.entryFor(f));
        entry.ifPresent(planUsed::add);
        Optional<Waiver> applied = Optional.empty();
        Optional<Waiver> expired = Optional.empty();
        for (int k = 0; k < waivers.size(); k++) {
          Waiver w = waivers.get(k);
          if (w.finding().matches(f)) {
            waiverMatches.get(k).add(f.fingerprint());
            if (w.inForceOn(day)) {
              waiverApplied[k] = true;
              applied = applied.isPresent() ? applied : Optional.of(w);
            } else {
              expired = expired.isPresent() ? expired : Optional.of(w);
            }
          }
        }
        if (applied.isPresent()) {
          expired = Optional.empty();
        }
        TrackingState state;
        if (applied.isPresent()) {
          state = TrackingState.WAIVED;
        } else if (earlier.isEmpty()) {
          state = TrackingState.NEW;
        } else if (entry.isPresent() && entry.get().overdueOn(day)) {
          state = TrackingState.OVERDUE;
        } else {
          state = TrackingState.PERSISTING;
        }
        Finding effective = f;
        Optional<Severity> raisedFrom = Optional.empty();
        if (state == TrackingState.OVERDUE) {
          Severity raised = raise(f.severity(), plan.overdueSeverityStep());
          if (raised != f.severity()) {
            effective = f.withSeverity(raised);
            raisedFrom = Optional.of(f.severity());
          }
        }
        findings.add(effective);
        tracked.add(new TrackedFinding(effective, state,
            earlier.map(Baseline.Entry::firstSeen).orElse(day),
            earlier.map(e -> e.inspections() + 1).orElse(1),
            raisedFrom, entry, applied, expired));
      }
      for (Baseline.Entry e : baseline.entriesOf(r.institutionId())) {
        if (present.contains(e.finding().fingerprint())) {
          continue;
        }
        Optional<PlanEntry> entry = plan.entryFor(e.finding());
        entry.ifPresent(planUsed::add);
        TrackingState state = rechecked(r, e.finding().checkId()) ? TrackingState.RESOLVED : TrackingState.NOT_RECHECKED;
        tracked.add(new TrackedFinding(e.finding(), state, e.firstSeen(), e.inspections(), Optional.empty(), entry, Optional.empty(), Optional.empty()));
      }
      institutions.add(new InstitutionTracking(r.institutionId(), r.institutionName(), tracked));
      reports.add(r.status() == InspectionStatus.INSPECTED
          ? new InstitutionReport(r.institutionId(), r.institutionName(), r.examSite(), r.inspectedOn(), r.status(), findings, r.outcomes(), r.problems())
          : r);
    }
    // Institutions of the baseline that the new report does not have: nothing of theirs was rechecked.
    for (Map.Entry<String, String> i : baseline.institutions().entrySet()) {
      if (reported.contains(i.getKey())) {
        continue;
      }
      List<TrackedFinding> tracked = new ArrayList<>();
      for (Baseline.Entry e : baseline.entriesOf(i.getKey())) {
        Optional<PlanEntry> entry = plan.entryFor(e.finding());
        entry.ifPresent(planUsed::add);
        tracked.add(new TrackedFinding(e.finding(), TrackingState.NOT_RECHECKED, e.firstSeen(), e.inspections(),
            Optional.empty(), entry, Optional.empty(), Optional.empty()));
      }
      if (!tracked.isEmpty()) {
        institutions.add(new InstitutionTracking(i.getKey(), i.getValue(), tracked));
      }
    }
    List<WaiverOutcome> outcomes = new ArrayList<>();
    for (int k = 0; k < waivers.size(); k++) {
      List<String> matched = waiverMatches.get(k);
      WaiverOutcome.Status status = matched.isEmpty() ? WaiverOutcome.Status.UNUSED
          : waiverApplied[k] ? WaiverOutcome.Status.APPLIED : WaiverOutcome.Status.EXPIRED;
      outcomes.add(new WaiverOutcome(waivers.get(k), status, matched));
    }
    List<PlanEntry> unmatched = plan.entries().stream().filter(e -> !planUsed.contains(e)).toList();
    InspectionReport effective = new InspectionReport(current.inspection(), reports, current.profile(), current.packs());
    return new TrackedReport(effective, new Tracking(baseline.inspection(), institutions, outcomes, unmatched));
  }

  /** Whether the check ran on the institution in the new inspection, so that a finding it did not make again is gone. */
  private static boolean rechecked(InstitutionReport r, String checkId) {
    if (r.status() != InspectionStatus.INSPECTED) {
      return false;
    }
    return r.outcome(checkId).map(CheckOutcome::status).map(s -> s == OutcomeStatus.PASS || s == OutcomeStatus.FAIL).orElse(false);
  }

  private static LocalDate day(InspectionReport report, InstitutionReport r) {
    return r.inspectedOn().or(() -> report.inspection().map(Inspection::periodStart))
        .orElseThrow(() -> new IllegalArgumentException("institution " + r.institutionId() + " has findings but no inspection day"));
  }

  /** {@code severity} raised by {@code step} levels, at most to CRITICAL. */
  public static Severity raise(Severity severity, int step) {
    Severity[] all = Severity.values();
    return all[Math.min(all.length - 1, severity.ordinal() + Math.max(0, step))];
  }

  /** Builds a {@link Tracker}. */
  public static final class Builder {
    private RectificationPlan plan = RectificationPlan.none();
    private final List<Waiver> waivers = new ArrayList<>();
    private int horizonDays = Waiver.DEFAULT_MAX_HORIZON_DAYS;

    private Builder() {}

    /** The rectification plan of the earlier inspection's findings (default: none). */
    public Builder plan(RectificationPlan p) {
      this.plan = checkNotNull(p, "plan");
      return this;
    }

    /** Adds waivers. */
    public Builder waivers(List<Waiver> list) {
      list.forEach(w -> waivers.add(checkNotNull(w, "waiver")));
      return this;
    }

    /** The longest a waiver may run after its approval, in days (default {@value Waiver#DEFAULT_MAX_HORIZON_DAYS}). */
    public Builder waiverHorizonDays(int days) {
      checkArgument(days >= 1, "the waiver horizon must be at least 1 day: %s", days);
      this.horizonDays = days;
      return this;
    }

    /** The tracker; fails, naming every such waiver, when a waiver runs past the horizon. */
    public Tracker build() {
      List<String> problems = new ArrayList<>();
      for (Waiver w : waivers) {
        w.beyondHorizon(horizonDays).ifPresent(p -> problems.add("waiver of " + w.finding() + ": " + p));
      }
      checkArgument(problems.isEmpty(), "%s", String.join("\n", problems));
      return new Tracker(plan, List.copyOf(waivers));
    }
  }
}
