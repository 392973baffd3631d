package org.ducha.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.ducha.engine.InspectionReport;

/**
 * The {@link ProblemTable problem table}'s finding lines: one row per finding, UTF-8 with a byte-order mark so that spreadsheet programs open Chinese text correctly.
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
  static final List<String> COLUMNS_ZH = ProblemTable.FINDING_COLUMNS_ZH;
  static final List<String> COLUMNS_EN = ProblemTable.FINDING_COLUMNS_EN;
  /** The columns added with tracking, by language. */
  static final List<String> TRACKING_COLUMNS_ZH = ProblemTable.TRACKING_COLUMNS_ZH;
  static final List<String> TRACKING_COLUMNS_EN = ProblemTable.TRACKING_COLUMNS_EN;

  @Override
  public void write(InspectionReport report, ReportContext ctx, Writer out) throws IOException {
    ProblemTable table = ProblemTable.of(report, ctx);
    StringBuilder sb = new StringBuilder("\uFEFF");
    row(sb, table.findingColumns().stream().map(ProblemTable.Column::title).toList());
    flush(sb, out);
    for (ProblemTable.Section s : table.sections()) {
      lines(sb, s);
      flush(sb, out);
    }
    for (ProblemTable.Section s : table.departed()) {
      lines(sb, s);
    }
    flush(sb, out);
  }

  private static void lines(StringBuilder sb, ProblemTable.Section s) {
    for (ProblemTable.Line line : s.lines()) {
      row(sb, line.cells());
    }
  }

  /**
   * Writes what {@code sb} holds to {@code out} and empties it: the rows go out an institution at a time, so a report
   * of many institutions is never held as one text.
   */
  private static void flush(StringBuilder sb, Writer out) throws IOException {
    out.append(sb);
    sb.setLength(0);
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
