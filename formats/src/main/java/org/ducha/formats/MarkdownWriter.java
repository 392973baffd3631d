package org.ducha.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.report.ProblemList;
import org.ducha.report.Summary;

/**
 * The problem list as Markdown: title, summary, then the annex table 序号 | 机构 | 存在问题 | 备注. With tracking
 * (see {@link ReportContext#tracking()}), the summary adds the comparison with the earlier inspection and a table of
 * counts per institution, the annex a column 整改跟踪 beside each item, and a section lists the earlier findings
 * that are gone and the waivers.
 */
public final class MarkdownWriter implements ReportWriter {

  @Override
  public void write(InspectionReport report, ReportContext ctx, Writer out) throws IOException {
    ProblemList list = ProblemList.of(report, ctx.grouping());
    ProblemTexts texts = new ProblemTexts(ctx);
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(oneLine(texts.title(report))).append("\n\n");
    List<String> header = texts.header(report);
    if (!header.isEmpty()) {
      sb.append(String.join("  \n", header.stream().map(MarkdownWriter::inline).toList())).append("\n\n");
    }
    sb.append("## ").append(ctx.text("report.summary.heading")).append("\n\n");
    for (String line : texts.summary(Summary.of(list))) {
      sb.append(oneLine(line)).append("\n\n");
    }
    sb.append("> ").append(inline(texts.legend())).append("\n\n");
    Optional<TrackingTexts> tracking = TrackingTexts.of(ctx);
    tracking.ifPresent(t -> summary(sb, t));
    sb.append("## ").append(ctx.text("report.annex.heading")).append("\n\n");
    sb.append("| ").append(ctx.text("report.column.number")).append(" | ").append(ctx.text("report.column.institution"))
        .append(" | ").append(ctx.text("report.column.problems"));
    tracking.ifPresent(t -> sb.append(" | ").append(ctx.text("report.tracking.column.state")));
    sb.append(" | ").append(ctx.text("report.column.remarks")).append(" |\n");
    sb.append(tracking.isPresent() ? "|---|---|---|---|---|\n" : "|---|---|---|---|\n");
    for (ProblemList.Entry e : list.institutions()) {
      List<String> items = texts.items(e);
      for (int i = 0; i < items.size(); i++) {
        boolean first = i == 0;
        sb.append("| ").append(first ? String.valueOf(e.number()) : "")
            .append(" | ").append(first ? cell(e.report().institutionName()) : "")
            .append(" | ").append(cell(items.get(i)));
        if (tracking.isPresent()) {
          String note = e.items().isEmpty() ? "" : tracking.get().note(e.items().get(i));
          sb.append(" | ").append(cell(note));
        }
        sb.append(" | ").append(first ? cell(texts.remark(e.report())) : "")
            .append(" |\n");
      }
    }
    tracking.ifPresent(t -> rectification(sb, t, ctx));
    List<ProblemList.Entry> failed = list.institutions().stream().filter(e -> !e.report().problems().isEmpty()).toList();
    if (!failed.isEmpty()) {
      sb.append("\n## ").append(ctx.text("report.problems.heading")).append("\n");
      for (ProblemList.Entry e : failed) {
        sb.append("\n### ").append(oneLine(e.report().institutionName())).append("\n\n");
        for (InputProblem p : e.report().problems()) {
          sb.append("- `").append(p.toString().replace("`", "'")).append("`\n");
        }
      }
    }
    out.write(sb.toString());
  }

  /** The comparison's sentences and the table of counts per institution. */
  private static void summary(StringBuilder sb, TrackingTexts t) {
    for (String line : t.summary()) {
      sb.append(oneLine(line)).append("\n\n");
    }
    List<String> header = t.summaryHeader();
    sb.append("| ").append(String.join(" | ", header.stream().map(MarkdownWriter::cell).toList())).append(" |\n");
    sb.append("|").append("---|".repeat(header.size())).append("\n");
    for (List<String> row : t.summaryRows()) {
      sb.append("| ").append(String.join(" | ", row.stream().map(MarkdownWriter::cell).toList())).append(" |\n");
    }
    sb.append("\n");
  }

  /** The earlier findings that are gone, the waivers, and plan entries that named nothing. */
  private static void rectification(StringBuilder sb, TrackingTexts t, ReportContext ctx) {
    List<Map.Entry<String, List<String>>> gone = t.gone();
    List<String> waivers = t.waivers();
    Optional<String> unmatched = t.unmatchedPlan();
    if (gone.isEmpty() && waivers.isEmpty() && unmatched.isEmpty()) {
      return;
    }
    sb.append("\n## ").append(ctx.text("report.tracking.heading")).append("\n");
    for (Map.Entry<String, List<String>> g : gone) {
      sb.append("\n### ").append(oneLine(g.getKey())).append("\n\n");
      g.getValue().forEach(line -> sb.append("- ").append(inline(line)).append("\n"));
    }
    if (!waivers.isEmpty()) {
      sb.append("\n### ").append(ctx.text("report.tracking.waivers.heading")).append("\n\n");
      waivers.forEach(line -> sb.append("- ").append(inline(line)).append("\n"));
    }
    unmatched.ifPresent(u -> sb.append("\n").append(inline(u)).append("\n"));
  }

  /** Running text: markup escaped, line breaks folded. */
  private static String inline(String s) {
    return oneLine(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A table cell: markup and pipes escaped, line breaks folded. */
  static String cell(String s) {
    return oneLine(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
  }

  private static String oneLine(String s) {
    return s.replace("\r", " ").replace("\n", " ");
  }
}
