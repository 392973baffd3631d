package org.ducha.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.report.ProblemList;
import org.ducha.report.Summary;

/** The problem list as Markdown: title, summary, then the annex table 序号 | 机构 | 存在问题 | 备注. */
public final class MarkdownWriter implements ReportWriter {

  @Override
  public void write(InspectionReport report, ReportContext ctx, Writer out) throws IOException {
    ProblemList list = ProblemList.of(report, ctx.grouping());
    ProblemTexts texts = new ProblemTexts(ctx);
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(oneLine(texts.title(report))).append("\n\n");
    sb.append("## ").append(ctx.text("report.summary.heading")).append("\n\n");
    for (String line : texts.summary(Summary.of(list))) {
      sb.append(oneLine(line)).append("\n\n");
    }
    sb.append("## ").append(ctx.text("report.annex.heading")).append("\n\n");
    sb.append("| ").append(ctx.text("report.column.number")).append(" | ").append(ctx.text("report.column.institution"))
        .append(" | ").append(ctx.text("report.column.problems")).append(" | ").append(ctx.text("report.column.remarks")).append(" |\n");
    sb.append("|---|---|---|---|\n");
    for (ProblemList.Entry e : list.institutions()) {
      List<String> items = texts.items(e);
      for (int i = 0; i < items.size(); i++) {
        boolean first = i == 0;
        sb.append("| ").append(first ? String.valueOf(e.number()) : "")
            .append(" | ").append(first ? cell(e.report().institutionName()) : "")
            .append(" | ").append(cell(items.get(i)))
            .append(" | ").append(first ? cell(texts.remark(e.report())) : "")
            .append(" |\n");
      }
    }
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

  /** A table cell: markup and pipes escaped, line breaks folded. */
  static String cell(String s) {
    return oneLine(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
  }

  private static String oneLine(String s) {
    return s.replace("\r", " ").replace("\n", " ");
  }
}
