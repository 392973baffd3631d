package org.ducha.formats;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ducha.check.RegulationRef;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Finding;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.report.ProblemList;
import org.ducha.report.Summary;
import org.ducha.tracking.InstitutionTracking;
import org.ducha.tracking.TrackedFinding;

/**
 * The problem table of a report, ready to render in any format: what the notice's annex lists (序号 | 机构 | 存在问题 |
 * [整改跟踪] | 备注, one row per numbered item) and, finer, one line per finding with its check, severity, subject,
 * regulations, evidence and, with tracking, its state. Every text is already in the context's language and is plain
 * text: a renderer escapes it for its format and decides only the layout. Tracking (see {@link ReportContext#tracking()})
 * is resolved here once: the table has the tracking column, the finding lines their tracking cells and the earlier
 * findings that are gone; a renderer need not know whether the report was compared with an earlier one.
 *
 * <p>The Markdown, HTML, CSV and Word writers render this table; a host adding a format through
 * {@link ReportFormatProvider} renders it too (see the formats module's README):
 *
 * <pre>{@code
 * ProblemTable table = ProblemTable.of(report, context);
 * for (ProblemTable.Section s : table.sections()) {
 *   for (ProblemTable.Row row : s.rows()) {
 *     out.println(String.join("\t", row.texts()));
 *   }
 * }
 * }</pre>
 *
 * <p>Sections are made when they are read, one institution at a time, so that a long report is never held as text at
 * once; reading the same section twice makes it twice, with the same content.
 */
public final class ProblemTable {

  /** The key of the column 序号 (the institution's number). */
  public static final String NUMBER = "number";
  /** The key of the column 机构 (the institution's name). */
  public static final String INSTITUTION = "institution";
  /** The key of the column 存在问题 (the item's text). */
  public static final String PROBLEMS = "problems";
  /** The key of the column 整改跟踪 (the item's follow-up note), present only with tracking. */
  public static final String TRACKING = "tracking";
  /** The key of the column 备注 (exam site, inspection date, checks that did not complete). */
  public static final String REMARKS = "remarks";

  /** The finding lines' column names, by language. */
  static final List<String> FINDING_COLUMNS_ZH = List.of("序号", "机构", "兼考试点", "检查日期", "问题序号", "方面", "检查项", "严重程度", "对象", "问题描述", "依据", "证据", "指纹");
  static final List<String> FINDING_COLUMNS_EN = List.of("No.", "Institution", "Exam site", "Inspected on", "Item", "Group", "Check", "Severity", "Subject", "Problem", "Regulations", "Evidence", "Fingerprint");
  /** The keys of the finding lines' columns, in the order of their names. */
  static final List<String> FINDING_KEYS = List.of("number", "institution", "exam-site", "inspected-on", "item", "group", "check", "severity",
      "subject", "problem", "regulations", "evidence", "fingerprint");
  /** The finding lines' columns added with tracking, by language. */
  static final List<String> TRACKING_COLUMNS_ZH = List.of("整改状态", "首次发现", "连续发现次数", "原严重程度", "责任人", "整改期限", "豁免至", "豁免说明");
  static final List<String> TRACKING_COLUMNS_EN = List.of("State", "First seen", "Inspections", "Raised from", "Responsible", "Deadline", "Waived until", "Waiver");
  static final List<String> TRACKING_KEYS = List.of("state", "first-seen", "inspections", "raised-from", "responsible", "deadline",
      "waived-until", "waiver");

  /**
   * A column of the table.
   *
   * @param key what the column holds, the same in every language: one of the constants of this class for
   *     {@link #columns()}; for {@link #findingColumns()} {@code number, institution, exam-site, inspected-on, item,
   *     group, check, severity, subject, problem, regulations, evidence, fingerprint} and, with tracking, {@code state,
   *     first-seen, inspections, raised-from, responsible, deadline, waived-until, waiver}
   * @param title the column's heading in the context's language
   * @param perInstitution whether the column's value is the institution's, the same on each of its rows (a renderer
   *     may merge those cells, as the notice's annex does)
   */
  public record Column(String key, String title, boolean perInstitution) {}

  /**
   * A value with an identifier that stays the same in every language (for filters and data attributes) and its text.
   *
   * @param id e.g. a group's id ({@code archive}), a severity's name ({@code MAJOR}) or an institution's id
   * @param text the value in the context's language
   */
  public record Label(String id, String text) {}

  /** A cell: its column's key and its plain text. */
  public record Cell(String column, String text) {}

  /** What a row of the annex says. */
  public enum RowKind {
    /** A numbered item: the institution's problems under one heading. */
    ITEM,
    /** The institution was inspected and nothing was found. */
    NO_PROBLEMS,
    /** The institution's records could not be read; it was not inspected. */
    NOT_INSPECTED
  }

  /**
   * A row of the annex: one numbered item of an institution, or the one line that says it had none or was not inspected.
   *
   * @param kind what the row says
   * @param item the item's number within the institution (empty unless {@link RowKind#ITEM})
   * @param group the group of the item's first finding (empty unless an item)
   * @param severities the severities of the item's findings, most serious first (empty unless an item)
   * @param cells one per column of {@link ProblemTable#columns()}, in that order
   */
  public record Row(RowKind kind, OptionalInt item, Optional<Label> group, List<Label> severities, List<Cell> cells) {
    public Row {
      severities = List.copyOf(severities);
      cells = List.copyOf(cells);
    }

    /** The text of the cell of {@code column} (a key), or the empty text if the table has no such column. */
    public String cell(String column) {
      for (Cell c : cells) {
        if (c.column().equals(column)) {
          return c.text();
        }
      }
      return "";
    }

    /** The cells' texts, in column order. */
    public List<String> texts() {
      return cells.stream().map(Cell::text).toList();
    }
  }

  /** What a finding line is. */
  public enum LineKind {
    /** The institution was not inspected: its input problems, in the evidence cell. */
    NOT_INSPECTED,
    /** A check did not complete on the institution: its id in the check cell, the kind of failure in the problem cell. */
    INCOMPLETE,
    /** A finding of this inspection. */
    FINDING,
    /** A finding of the earlier inspection that is gone (resolved or not rechecked); no item number. */
    GONE
  }

  /**
   * A line of the finding table.
   *
   * @param kind what the line is
   * @param cells one text per column of {@link ProblemTable#findingColumns()}, in that order
   */
  public record Line(LineKind kind, List<String> cells) {
    public Line {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One institution's part of the table.
   *
   * @param number its 序号 in the table
   * @param institution its id and name
   * @param current whether this inspection has it; {@code false} for an institution only the earlier inspection had
   *     (see {@link ProblemTable#departed()}), which has no rows, only lines of findings that are gone
   * @param remark the text of its 备注
   * @param rows its annex rows (at least one when current)
   * @param lines its finding lines
   */
  public record Section(int number, Label institution, boolean current, String remark, List<Row> rows, List<Line> lines) {
    public Section {
      rows = List.copyOf(rows);
      lines = List.copyOf(lines);
    }
  }

  private final ReportContext ctx;
  private final ProblemList list;
  private final ProblemTexts texts;
  private final Optional<TrackingTexts> tracking;
  private final List<Column> columns;
  private final List<Column> findingColumns;

  private ProblemTable(InspectionReport report, ReportContext ctx) {
    this.ctx = ctx;
    this.list = ProblemList.of(report, ctx.grouping());
    this.texts = new ProblemTexts(ctx);
    this.tracking = TrackingTexts.of(ctx);
    List<Column> c = new ArrayList<>();
    c.add(new Column(NUMBER, ctx.text("report.column.number"), true));
    c.add(new Column(INSTITUTION, ctx.text("report.column.institution"), true));
    c.add(new Column(PROBLEMS, ctx.text("report.column.problems"), false));
    if (tracking.isPresent()) {
      c.add(new Column(TRACKING, ctx.text("report.tracking.column.state"), false));
    }
    c.add(new Column(REMARKS, ctx.text("report.column.remarks"), true));
    this.columns = List.copyOf(c);
    boolean en = ctx.locale().getLanguage().equals("en");
    List<Column> f = new ArrayList<>();
    List<String> names = en ? FINDING_COLUMNS_EN : FINDING_COLUMNS_ZH;
    for (int i = 0; i < names.size(); i++) {
      f.add(new Column(FINDING_KEYS.get(i), names.get(i), i < 4));
    }
    if (tracking.isPresent()) {
      List<String> more = en ? TRACKING_COLUMNS_EN : TRACKING_COLUMNS_ZH;
      for (int i = 0; i < more.size(); i++) {
        f.add(new Column(TRACKING_KEYS.get(i), more.get(i), false));
      }
    }
    this.findingColumns = List.copyOf(f);
  }

  /** The problem table of {@code report} in the language, grouping and tracking of {@code ctx}. */
  public static ProblemTable of(InspectionReport report, ReportContext ctx) {
    return new ProblemTable(report, ctx);
  }

  /** The problem list the table is made from. */
  public ProblemList problemList() {
    return list;
  }

  /** Whether the report was compared with an earlier inspection (the table then has tracking columns and lines). */
  public boolean tracked() {
    return tracking.isPresent();
  }

  /** The annex's columns: 序号, 机构, 存在问题, 整改跟踪 (with tracking only), 备注. */
  public List<Column> columns() {
    return columns;
  }

  /** The finding lines' columns (see {@link Column#key()}). */
  public List<Column> findingColumns() {
    return findingColumns;
  }

  /** The institutions of this inspection, in the report's order, each made when read. */
  public List<Section> sections() {
    List<ProblemList.Entry> entries = list.institutions();
    return new AbstractList<>() {
      @Override
      public Section get(int index) {
        return section(entries.get(index));
      }

      @Override
      public int size() {
        return entries.size();
      }
    };
  }

  /**
   * The institutions the earlier inspection had and this one has not, numbered after this inspection's, each with the
   * lines of its findings that are gone; empty without tracking.
   */
  public List<Section> departed() {
    if (tracking.isEmpty()) {
      return List.of();
    }
    Set<String> listed = new HashSet<>();
    list.institutions().forEach(e -> listed.add(e.report().institutionId()));
    int last = list.institutions().isEmpty() ? 0 : list.institutions().get(list.institutions().size() - 1).number();
    List<Section> out = new ArrayList<>();
    for (InstitutionTracking it : tracking.get().tracking().institutions()) {
      if (!listed.contains(it.institutionId())) {
        String number = String.valueOf(++last);
        List<Line> lines = new ArrayList<>();
        gone(lines, number, it.institutionName(), "", "", it);
        out.add(new Section(last, new Label(it.institutionId(), it.institutionName()), false, "", List.of(), lines));
      }
    }
    return out;
  }

  /** The institutions of this inspection, as labels (id and name), in table order. */
  public List<Label> institutions() {
    return list.institutions().stream().map(e -> new Label(e.report().institutionId(), e.report().institutionName())).toList();
  }

  /** The problem groups that items of the table belong to, in the notice's order. */
  public List<Label> groups() {
    Set<Group> groups = new TreeSet<>();
    for (ProblemList.Entry e : list.institutions()) {
      e.items().forEach(i -> groups.add(i.group()));
    }
    return groups.stream().map(this::group).toList();
  }

  /** The severities of the table's findings, most serious first. */
  public List<Label> severities() {
    Set<Severity> seen = new TreeSet<>(Comparator.reverseOrder());
    for (ProblemList.Entry e : list.institutions()) {
      e.items().forEach(i -> i.findings().forEach(f -> seen.add(f.severity())));
    }
    return seen.stream().map(this::severity).toList();
  }

  /** The counts of the notice's summary, over the same problem list. */
  public Summary summary() {
    return Summary.of(list);
  }

  private Label group(Group g) {
    return new Label(g.id(), ctx.messages().format(g.titleKey(), Map.of(), ctx.locale()));
  }

  private Label severity(Severity s) {
    return new Label(s.name(), ctx.messages().format("severity." + s.name(), Map.of(), ctx.locale()));
  }

  private Section section(ProblemList.Entry e) {
    InstitutionReport r = e.report();
    String number = String.valueOf(e.number());
    String name = r.institutionName();
    String remark = texts.remark(r);
    List<Row> rows = new ArrayList<>();
    if (r.status() == InspectionStatus.NOT_INSPECTED || e.items().isEmpty()) {
      RowKind kind = r.status() == InspectionStatus.NOT_INSPECTED ? RowKind.NOT_INSPECTED : RowKind.NO_PROBLEMS;
      rows.add(row(kind, OptionalInt.empty(), Optional.empty(), List.of(), number, name, texts.items(e).get(0), "", remark));
    } else {
      for (ProblemList.Item item : e.items()) {
        Set<Severity> severities = new TreeSet<>(Comparator.reverseOrder());
        item.findings().forEach(f -> severities.add(f.severity()));
        String note = tracking.map(t -> t.note(item)).orElse("");
        rows.add(row(RowKind.ITEM, OptionalInt.of(item.number()), Optional.of(group(item.group())),
            severities.stream().map(this::severity).toList(), number, name, texts.item(item), note, remark));
      }
    }
    return new Section(e.number(), new Label(r.institutionId(), name), true, remark, rows, lines(e));
  }

  private Row row(RowKind kind, OptionalInt item, Optional<Label> group, List<Label> severities, String number, String name,
      String text, String note, String remark) {
    List<Cell> cells = new ArrayList<>();
    cells.add(new Cell(NUMBER, number));
    cells.add(new Cell(INSTITUTION, name));
    cells.add(new Cell(PROBLEMS, text));
    if (tracking.isPresent()) {
      cells.add(new Cell(TRACKING, note));
    }
    cells.add(new Cell(REMARKS, remark));
    return new Row(kind, item, group, severities, cells);
  }

  /** The finding lines of an institution: why it was not inspected, checks that did not complete, findings, then gone. */
  private List<Line> lines(ProblemList.Entry e) {
    List<Line> lines = new ArrayList<>();
    InstitutionReport r = e.report();
    String number = String.valueOf(e.number());
    String name = r.institutionName();
    String exam = String.valueOf(r.examSite());
    String date = r.inspectedOn().map(Object::toString).orElse("");
    if (!r.problems().isEmpty()) {
      lines.add(padded(LineKind.NOT_INSPECTED, List.of(number, name, exam, date, "", "", "", "", "",
          ctx.text("report.not-inspected", "count", r.problems().size()),
          "", r.problems().stream().map(p -> p.render(ctx.locale())).collect(Collectors.joining("\n")), "")));
    }
    for (CheckOutcome o : ProblemTexts.errors(r)) {
      lines.add(padded(LineKind.INCOMPLETE, List.of(number, name, exam, date, "", "", o.checkId(), "", "",
          ctx.text("report.error.row", "reason", texts.reason(o)), "", "", "")));
    }
    for (ProblemList.Item item : e.items()) {
      for (Finding f : item.findings()) {
        List<String> cells = new ArrayList<>(findingCells(f, number, name, exam, date, String.valueOf(item.number())));
        tracking.ifPresent(t -> cells.addAll(trackingCells(t, t.tracked(f))));
        lines.add(new Line(LineKind.FINDING, cells));
      }
    }
    if (tracking.isPresent()) {
      Optional<InstitutionTracking> it = tracking.get().tracking().institution(r.institutionId());
      if (it.isPresent()) {
        gone(lines, number, name, exam, date, it.get());
      }
    }
    return lines;
  }

  private List<String> findingCells(Finding f, String number, String name, String exam, String date, String item) {
    return List.of(number, name, exam, date, item,
        ctx.messages().format(f.group().titleKey(), Map.of(), ctx.locale()), f.checkId(),
        ctx.messages().format("severity." + f.severity().name(), Map.of(), ctx.locale()), f.subject().fullLabel(),
        ctx.messages().message(f, ctx.locale()), f.regulations().stream().map(RegulationRef::citation).collect(Collectors.joining("; ")),
        f.evidence().entrySet().stream()
            .map(x -> x.getKey() + "=" + MessageCatalog.formatValue(x.getValue(), ctx.locale()))
            .collect(Collectors.joining("; ")),
        f.fingerprint());
  }

  /** The lines of an institution's earlier findings that are gone. */
  private void gone(List<Line> lines, String number, String name, String exam, String date, InstitutionTracking it) {
    for (TrackedFinding tf : it.findings()) {
      if (tf.state().current()) {
        continue;
      }
      List<String> cells = new ArrayList<>(findingCells(tf.finding(), number, name, exam, date, ""));
      cells.addAll(trackingCells(tracking.get(), Optional.of(tf)));
      lines.add(new Line(LineKind.GONE, cells));
    }
  }

  /** A line of the first columns, with empty tracking cells when the table has them. */
  private Line padded(LineKind kind, List<String> cells) {
    if (tracking.isEmpty()) {
      return new Line(kind, cells);
    }
    List<String> all = new ArrayList<>(cells);
    all.addAll(Collections.nCopies(TRACKING_KEYS.size(), ""));
    return new Line(kind, all);
  }

  /** The tracking cells of one finding (empty cells when it is not tracked). */
  private static List<String> trackingCells(TrackingTexts t, Optional<TrackedFinding> tracked) {
    if (tracked.isEmpty()) {
      return Collections.nCopies(TRACKING_KEYS.size(), "");
    }
    TrackedFinding tf = tracked.get();
    return List.of(t.state(tf.state()), tf.firstSeen().toString(), String.valueOf(tf.inspections()),
        tf.raisedFrom().map(t::severity).orElse(""),
        tf.plan().map(p -> p.responsible()).orElse(""), tf.plan().map(p -> p.deadline().toString()).orElse(""),
        tf.waiver().or(tf::expiredWaiver).map(w -> w.expires().toString()).orElse(""),
        tf.waiver().map(w -> w.justification() + " (" + w.approvedBy() + ", " + w.approvedOn() + ")")
            .or(() -> tf.expiredWaiver().map(t::expired)).orElse(""));
  }
}
