package org.ducha.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ducha.check.RegulationRef;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Finding;
import org.ducha.report.ProblemList;

/**
 * One row per finding, UTF-8 with a byte-order mark so that spreadsheet programs open Chinese text correctly.
 * Cells that a spreadsheet would take for a formula (starting with {@code = + - @}, tab or carriage return) are
 * prefixed with an apostrophe. Institutions not inspected get one row saying so.
 */
public final class CsvWriter implements ReportWriter {

  /** The column names, by language. */
  static final List<String> COLUMNS_ZH = List.of("序号", "机构", "兼考试点", "检查日期", "问题序号", "方面", "检查项", "严重程度", "对象", "问题描述", "依据", "证据", "指纹");
  static final List<String> COLUMNS_EN = List.of("No.", "Institution", "Exam site", "Inspected on", "Item", "Group", "Check", "Severity", "Subject", "Problem", "Regulations", "Evidence", "Fingerprint");

  @Override
  public void write(InspectionReport report, ReportContext ctx, Writer out) throws IOException {
    boolean en = ctx.locale().getLanguage().equals("en");
    StringBuilder sb = new StringBuilder("\uFEFF");
    row(sb, en ? COLUMNS_EN : COLUMNS_ZH);
    for (ProblemList.Entry e : ProblemList.of(report, ctx.grouping()).institutions()) {
      String name = e.report().institutionName();
      String exam = String.valueOf(e.report().examSite());
      String date = e.report().inspectedOn().map(Object::toString).orElse("");
      if (!e.report().problems().isEmpty()) {
        row(sb, List.of(String.valueOf(e.number()), name, exam, date, "", "", "", "", "",
            ctx.text("report.not-inspected", "count", e.report().problems().size()),
            "", e.report().problems().stream().map(Object::toString).collect(Collectors.joining("\n")), ""));
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
          row(sb, cells);
        }
      }
    }
    out.write(sb.toString());
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

  /** A CSV cell: neutralised against formula injection, quoted where needed. */
  static String cell(String raw) {
    String s = raw;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      s = '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
