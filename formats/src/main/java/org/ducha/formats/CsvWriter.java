package org.ducha.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ducha.check.RegulationRef;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Finding;
import org.ducha.report.ProblemList;
import org.ducha.tracking.InstitutionTracking;
import org.ducha.tracking.TrackedFinding;

/**
 * One row per finding, UTF-8 with a byte-order mark so that spreadsheet programs open Chinese text correctly.
 * Cells that a spreadsheet would take for a formula (starting with {@code = + - @}, tab or carriage return) are
 * prefixed with an apostrophe. Institutions not inspected get one row saying so; so does each check that did not
 * complete on an institution (its id in the check column, the kind of failure in the problem column).
 *
 * <p>With tracking (see {@link ReportContext#tracking()}), each row adds the finding's state, first-seen day, run of
 * inspections, severity before an overdue raise, responsible person and deadline, and waiver; the earlier findings
 * that are gone (resolved, not rechecked) follow each institution's rows, with no item number.
 */
public final class CsvWriter implements ReportWriter {

  /** The column names, by language. */
  static final List<String> COLUMNS_ZH = List.of("序号", "机构", "兼考试点", "检查日期", "问题序号", "方面", "检查项", "严重程度", "对象", "问题描述", "依据", "证据", "指纹");
  static final List<String> COLUMNS_EN = List.of("No.", "Institution", "Exam site", "Inspected on", "Item", "Group", "Check", "Severity", "Subject", "Problem", "Regulations", "Evidence", "Fingerprint");
  /** The columns added with tracking, by language. */
  static final List<String> TRACKING_COLUMNS_ZH = List.of("整改状态", "首次发现", "连续发现次数", "原严重程度", "责任人", "整改期限", "豁免至", "豁免说明");
  static final List<String> TRACKING_COLUMNS_EN = List.of("State", "First seen", "Inspections", "Raised from", "Responsible", "Deadline", "Waived until", "Waiver");

  @Override
  public void write(InspectionReport report, ReportContext ctx, Writer out) throws IOException {
    boolean en = ctx.locale().getLanguage().equals("en");
    StringBuilder sb = new StringBuilder("\uFEFF");
    ProblemTexts texts = new ProblemTexts(ctx);
    Optional<TrackingTexts> tracking = TrackingTexts.of(ctx);
    List<String> header = new ArrayList<>(en ? COLUMNS_EN : COLUMNS_ZH);
    tracking.ifPresent(t -> header.addAll(en ? TRACKING_COLUMNS_EN : TRACKING_COLUMNS_ZH));
    row(sb, header);
    flush(sb, out);
    Set<String> listed = new HashSet<>();
    int last = 0;
    for (ProblemList.Entry e : ProblemList.of(report, ctx.grouping()).institutions()) {
      listed.add(e.report().institutionId());
      last = e.number();
      String name = e.report().institutionName();
      String exam = String.valueOf(e.report().examSite());
      String date = e.report().inspectedOn().map(Object::toString).orElse("");
      if (!e.report().problems().isEmpty()) {
        row(sb, List.of(String.valueOf(e.number()), name, exam, date, "", "", "", "", "",
            ctx.text("report.not-inspected", "count", e.report().problems().size()),
            "", e.report().problems().stream().map(p -> p.render(ctx.locale())).collect(Collectors.joining("\n")), ""), tracking);
      }
      for (CheckOutcome o : ProblemTexts.errors(e.report())) {
        row(sb, List.of(String.valueOf(e.number()), name, exam, date, "", "", o.checkId(), "", "",
            ctx.text("report.error.row", "reason", texts.reason(o)), "", "", ""), tracking);
      }
      for (ProblemList.Item item : e.items()) {
        for (Finding f : item.findings()) {
          List<String> cells = new ArrayList<>();
          cells.add(String.valueOf(e.number()));
          cells.add(name);
          cells.add(exam);
          cells.add(date);
          cells.add(String.valueOf(item.number()));
          cells.add(ctx.messages().format(f.group().titleKey(), Map.of(), ctx.locale()));
          cells.add(f.checkId());
          cells.add(ctx.messages().format("severity." + f.severity().name(), Map.of(), ctx.locale()));
          cells.add(f.subject().fullLabel());
          cells.add(ctx.messages().message(f, ctx.locale()));
          cells.add(f.regulations().stream().map(RegulationRef::citation).collect(Collectors.joining("; ")));
          cells.add(f.evidence().entrySet().stream()
              .map(x -> x.getKey() + "=" + MessageCatalog.formatValue(x.getValue(), ctx.locale()))
              .collect(Collectors.joining("; ")));
          cells.add(f.fingerprint());
          if (tracking.isPresent()) {
            cells.addAll(trackingCells(tracking.get(), tracking.get().tracked(f)));
          }
          row(sb, cells);
        }
      }
      if (tracking.isPresent()) {
        Optional<InstitutionTracking> it = tracking.get().tracking().institution(e.report().institutionId());
        if (it.isPresent()) {
          gone(sb, tracking.get(), ctx, String.valueOf(e.number()), name, exam, date, it.get());
        }
      }
      flush(sb, out);
    }
    if (tracking.isPresent()) {
      // Institutions of the earlier inspection that this one does not have.
      for (InstitutionTracking it : tracking.get().tracking().institutions()) {
        if (!listed.contains(it.institutionId())) {
          gone(sb, tracking.get(), ctx, String.valueOf(++last), it.institutionName(), "", "", it);
        }
      }
    }
    flush(sb, out);
  }

  /**
   * Writes what {@code sb} holds to {@code out} and empties it: the rows go out an institution at a time, so a report
   * of many institutions is never held as one text.
   */
  private static void flush(StringBuilder sb, Writer out) throws IOException {
    out.append(sb);
    sb.setLength(0);
  }

  /** The rows of an institution's earlier findings that are gone. */
  private static void gone(StringBuilder sb, TrackingTexts t, ReportContext ctx, String number, String name, String exam, String date,
      InstitutionTracking it) {
    for (TrackedFinding tf : it.findings()) {
      if (tf.state().current()) {
        continue;
      }
      Finding f = tf.finding();
      List<String> cells = new ArrayList<>(List.of(number, name, exam, date, "",
          ctx.messages().format(f.group().titleKey(), Map.of(), ctx.locale()), f.checkId(),
          ctx.messages().format("severity." + f.severity().name(), Map.of(), ctx.locale()), f.subject().fullLabel(),
          ctx.messages().message(f, ctx.locale()), f.regulations().stream().map(RegulationRef::citation).collect(Collectors.joining("; ")),
          evidence(f, ctx), f.fingerprint()));
      cells.addAll(trackingCells(t, Optional.of(tf)));
      row(sb, cells);
    }
  }

  private static String evidence(Finding f, ReportContext ctx) {
    return f.evidence().entrySet().stream()
        .map(x -> x.getKey() + "=" + MessageCatalog.formatValue(x.getValue(), ctx.locale()))
        .collect(Collectors.joining("; "));
  }

  /** The tracking columns of one finding (empty cells when it is not tracked). */
  private static List<String> trackingCells(TrackingTexts t, Optional<TrackedFinding> tracked) {
    if (tracked.isEmpty()) {
      return java.util.Collections.nCopies(TRACKING_COLUMNS_ZH.size(), "");
    }
    TrackedFinding tf = tracked.get();
    return List.of(t.state(tf.state()), tf.firstSeen().toString(), String.valueOf(tf.inspections()),
        tf.raisedFrom().map(t::severity).orElse(""),
        tf.plan().map(p -> p.responsible()).orElse(""), tf.plan().map(p -> p.deadline().toString()).orElse(""),
        tf.waiver().or(tf::expiredWaiver).map(w -> w.expires().toString()).orElse(""),
        tf.waiver().map(w -> w.justification() + " (" + w.approvedBy() + ", " + w.approvedOn() + ")")
            .or(() -> tf.expiredWaiver().map(t::expired)).orElse(""));
  }

  private static void row(StringBuilder sb, List<String> cells, Optional<TrackingTexts> tracking) {
    List<String> all = new ArrayList<>(cells);
    if (tracking.isPresent()) {
      all.addAll(java.util.Collections.nCopies(TRACKING_COLUMNS_ZH.size(), ""));
    }
    row(sb, all);
  }

  private static void row(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(cell(cells.get(i)));
    }
    sb.append("\r\n");
  }

  /**
   * A CSV cell: control and bidirectional characters {@link DisplayText#neutralise(String) neutralised}, neutralised
   * against formula injection, quoted where needed.
   */
  static String cell(String raw) {
    String s = DisplayText.neutralise(raw);
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      s = '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
