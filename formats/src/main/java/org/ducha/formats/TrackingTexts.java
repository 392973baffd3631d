package org.ducha.formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.report.ProblemList;
import org.ducha.tracking.InstitutionTracking;
import org.ducha.tracking.PlanEntry;
import org.ducha.tracking.TrackedFinding;
import org.ducha.tracking.Tracking;
import org.ducha.tracking.TrackingState;
import org.ducha.tracking.TrackingSummary;
import org.ducha.tracking.Waiver;
import org.ducha.tracking.WaiverOutcome;

/**
 * The texts of tracking, shared by the Markdown, HTML and CSV writers: an item's state beside it, the summary's
 * comparison sentence and per-institution counts, the earlier findings that are gone, and the waivers.
 */
final class TrackingTexts {

  /** The states counted in the summary's table, in column order. */
  static final List<TrackingState> SUMMARY_STATES = List.of(TrackingState.NEW, TrackingState.PERSISTING, TrackingState.OVERDUE,
      TrackingState.RESOLVED, TrackingState.WAIVED);

  private final ReportContext ctx;
  private final Tracking tracking;

  TrackingTexts(ReportContext ctx, Tracking tracking) {
    this.ctx = ctx;
    this.tracking = tracking;
  }

  /** The tracking of {@code ctx}, if it has one. */
  static Optional<TrackingTexts> of(ReportContext ctx) {
    return ctx.tracking().map(t -> new TrackingTexts(ctx, t));
  }

  Tracking tracking() {
    return tracking;
  }

  /** The tracked finding of {@code f}, if the tracking has it. */
  Optional<TrackedFinding> tracked(Finding f) {
    return tracking.institution(f.institutionId()).flatMap(i -> i.find(f.fingerprint()));
  }

  String state(TrackingState s) {
    return ctx.text("report.state." + s.name());
  }

  String severity(Severity s) {
    return ctx.text("severity." + s.name());
  }

  /**
   * The follow-up note of an item: its state (or states with counts, when its findings differ), first-seen day,
   * run of inspections, raised severity, responsible person and deadline, waiver — e.g.
   * {@code 逾期未整改；首次发现：2022年4月24日；连续 2 次检查发现；责任人：张三，整改期限：2022年7月31日}.
   */
  String note(ProblemList.Item item) {
    List<TrackedFinding> tracked = new ArrayList<>();
    for (Finding f : item.findings()) {
      tracked(f).ifPresent(tracked::add);
    }
    return note(tracked);
  }

  /** The follow-up note of some tracked findings (see {@link #note(ProblemList.Item)}). */
  String note(List<TrackedFinding> tracked) {
    if (tracked.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    Map<TrackingState, Integer> counts = new EnumMap<>(TrackingState.class);
    tracked.forEach(t -> counts.merge(t.state(), 1, Integer::sum));
    if (counts.size() == 1) {
      parts.add(state(counts.keySet().iterator().next()));
    } else {
      List<String> each = new ArrayList<>();
      counts.forEach((s, n) -> each.add(ctx.text("report.tracking.state-count", "state", state(s), "count", n)));
      parts.add(MessageCatalog.formatValue(each, ctx.locale()));
    }
    tracked.stream().filter(TrackedFinding::seenBefore).map(TrackedFinding::firstSeen).min(Comparator.naturalOrder())
        .ifPresent(d -> parts.add(ctx.text("report.tracking.first-seen", "date", d)));
    int run = tracked.stream().mapToInt(TrackedFinding::inspections).max().orElse(1);
    if (run > 1) {
      parts.add(ctx.text("report.tracking.inspections", "count", run));
    }
    Set<String> raised = new LinkedHashSet<>();
    for (TrackedFinding t : tracked) {
      t.raisedFrom().ifPresent(from -> raised.add(ctx.text("report.tracking.raised", "from", severity(from), "to", severity(t.finding().severity()))));
    }
    parts.addAll(raised);
    Set<String> plans = new LinkedHashSet<>();
    for (TrackedFinding t : tracked) {
      t.plan().ifPresent(p -> plans.add(plan(p)));
    }
    parts.addAll(plans);
    Set<String> waivers = new LinkedHashSet<>();
    for (TrackedFinding t : tracked) {
      t.waiver().ifPresent(w -> waivers.add(waiver(w)));
      t.expiredWaiver().ifPresent(w -> waivers.add(expired(w)));
    }
    parts.addAll(waivers);
    return String.join(ctx.text("report.tracking.separator"), parts);
  }

  String plan(PlanEntry p) {
    return ctx.text("report.tracking.plan", "responsible", p.responsible(), "deadline", p.deadline());
  }

  String waiver(Waiver w) {
    return ctx.text("report.tracking.waiver", "expires", w.expires(), "approvedBy", w.approvedBy(), "justification", w.justification());
  }

  String expired(Waiver w) {
    return ctx.text("report.tracking.waiver-expired", "expires", w.expires());
  }

  /** The summary's sentences: the comparison in numbers, and the findings that could not be rechecked. */
  List<String> summary() {
    TrackingSummary.Line total = tracking.summary().total();
    List<String> lines = new ArrayList<>();
    lines.add(ctx.text("report.tracking.compared", "baseline", baseline(),
        "new", total.count(TrackingState.NEW), "persisting", total.count(TrackingState.PERSISTING),
        "overdue", total.count(TrackingState.OVERDUE), "resolved", total.count(TrackingState.RESOLVED),
        "waived", total.count(TrackingState.WAIVED)));
    if (total.count(TrackingState.NOT_RECHECKED) > 0) {
      lines.add(ctx.text("report.tracking.not-rechecked", "count", total.count(TrackingState.NOT_RECHECKED)));
    }
    return lines;
  }

  /** How the summary names the earlier inspection. */
  String baseline() {
    return tracking.baseline()
        .map(i -> ctx.text("report.tracking.baseline-named", "name", i.name(), "start", i.periodStart(), "end", i.periodEnd()))
        .orElse(ctx.text("report.tracking.baseline-unnamed"));
  }

  /** The summary table's header: 序号, 机构, then one column per counted state. */
  List<String> summaryHeader() {
    List<String> h = new ArrayList<>();
    h.add(ctx.text("report.column.number"));
    h.add(ctx.text("report.column.institution"));
    SUMMARY_STATES.forEach(s -> h.add(state(s)));
    return h;
  }

  /** The summary table's rows, one per institution of the tracking, numbered as in the problem list. */
  List<List<String>> summaryRows() {
    List<List<String>> rows = new ArrayList<>();
    int n = 0;
    for (TrackingSummary.Line l : tracking.summary().institutions()) {
      List<String> row = new ArrayList<>();
      row.add(String.valueOf(++n));
      row.add(l.institutionName());
      SUMMARY_STATES.forEach(s -> row.add(String.valueOf(l.count(s))));
      rows.add(row);
    }
    return rows;
  }

  /**
   * The earlier findings that are gone, per institution that has any: its number and name, then one line per
   * finding: state, message and note ({@code 已整改：… （首次发现：…；责任人：…）}).
   */
  List<Map.Entry<String, List<String>>> gone() {
    List<Map.Entry<String, List<String>>> out = new ArrayList<>();
    int n = 0;
    for (InstitutionTracking i : tracking.institutions()) {
      n++;
      List<String> lines = new ArrayList<>();
      for (TrackedFinding t : i.findings()) {
        if (t.state().current()) {
          continue;
        }
        List<String> noteParts = new ArrayList<>();
        noteParts.add(ctx.text("report.tracking.first-seen", "date", t.firstSeen()));
        if (t.inspections() > 1) {
          noteParts.add(ctx.text("report.tracking.inspections", "count", t.inspections()));
        }
        t.plan().ifPresent(p -> noteParts.add(plan(p)));
        lines.add(state(t.state()) + ctx.text("report.tracking.label-end") + ctx.messages().message(t.finding(), ctx.locale())
            + ctx.text("report.item.open") + String.join(ctx.text("report.tracking.separator"), noteParts) + ctx.text("report.item.close"));
      }
      if (!lines.isEmpty()) {
        out.add(Map.entry(n + ". " + i.institutionName(), lines));
      }
    }
    return out;
  }

  /** One line per waiver: applied, expired or unused. */
  List<String> waivers() {
    List<String> out = new ArrayList<>();
    for (WaiverOutcome o : tracking.waivers()) {
      Waiver w = o.waiver();
      String finding = o.fingerprints().isEmpty() ? w.finding().toString()
          : String.join(ctx.text("report.tracking.separator"), o.fingerprints().stream().distinct().map(this::describe).toList());
      String key = switch (o.status()) {
        case APPLIED -> "report.tracking.waivers.applied";
        case EXPIRED -> "report.tracking.waivers.expired";
        case UNUSED -> "report.tracking.waivers.unused";
      };
      out.add(ctx.text(key, "finding", finding, "expires", w.expires(), "approvedBy", w.approvedBy(), "justification", w.justification()));
    }
    return out;
  }

  /** The sentence on plan entries that named no earlier finding, if there are any. */
  Optional<String> unmatchedPlan() {
    if (tracking.unmatchedPlanEntries().isEmpty()) {
      return Optional.empty();
    }
    List<String> refs = tracking.unmatchedPlanEntries().stream().map(e -> e.finding().toString()).toList();
    return Optional.of(ctx.text("report.tracking.plan.unmatched", "entries", refs));
  }

  /** A finding named by fingerprint as people read it: institution, subject and message. */
  private String describe(String fingerprint) {
    return tracking.find(fingerprint)
        .map(t -> institutionName(t.finding().institutionId()) + " " + t.finding().subject().fullLabel() + ctx.text("report.tracking.label-end")
            + ctx.messages().message(t.finding(), ctx.locale()))
        .orElse(fingerprint);
  }

  private String institutionName(String id) {
    return tracking.institution(id).map(InstitutionTracking::institutionName).orElse(id);
  }

  /** A date as messages show it. */
  String date(LocalDate d) {
    return MessageCatalog.formatValue(d, ctx.locale());
  }
}
