package org.ducha.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.report.ProblemList;
import org.ducha.report.Summary;

/**
 * The problem list as one self-contained HTML page (no scripts, no network): title, summary, bar charts of
 * problems per group and per institution as inline SVG, and the annex table. Every value from the records or
 * messages is escaped. With tracking (see {@link ReportContext#tracking()}), the summary adds the comparison with the
 * earlier inspection and a table of counts per institution, the annex a column 整改跟踪 beside each item, and a
 * section lists the earlier findings that are gone and the waivers. Checks that did not complete are counted in the
 * summary, noted in the institution's remark and listed in a section of their own.
 */
public final class HtmlWriter implements ReportWriter {

  private static final String CSS = """
      body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:70em;color:#222;line-height:1.6}
      h1{font-size:1.5em;text-align:center}h2{font-size:1.2em;margin-top:1.6em}
      table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.35em .5em;vertical-align:top}
      th{background:#eee}td.n{text-align:center;width:3em}td.i{width:10em}td.r{width:12em}
      .charts{display:flex;flex-wrap:wrap;gap:2em}.charts figure{margin:0}figcaption{font-weight:bold;margin-bottom:.3em}
      ul.problems{font-family:monospace;font-size:.9em}
      p.header{text-align:center;color:#555}p.legend{font-size:.9em;color:#555;border-left:3px solid #ccc;padding-left:.6em}
      """;

  @Override
  public void write(InspectionReport report, ReportContext ctx, Writer out) throws IOException {
    ProblemList list = ProblemList.of(report, ctx.grouping());
    Summary summary = Summary.of(list);
    ProblemTexts texts = new ProblemTexts(ctx);
    String lang = ctx.locale().getLanguage().equals("en") ? "en" : "zh-CN";
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(texts.title(report))).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    sb.append("<h1>").append(esc(texts.title(report))).append("</h1>\n");
    List<String> header = texts.header(report);
    if (!header.isEmpty()) {
      sb.append("<p class=\"header\">").append(String.join("<br>", header.stream().map(HtmlWriter::esc).toList())).append("</p>\n");
    }
    sb.append("<h2>").append(esc(ctx.text("report.summary.heading"))).append("</h2>\n");
    List<ProblemList.Entry> incomplete = ProblemTexts.withErrors(list);
    for (String line : texts.summary(summary, incomplete)) {
      sb.append("<p>").append(esc(line)).append("</p>\n");
    }
    sb.append("<p class=\"legend\">").append(esc(texts.legend())).append("</p>\n");
    Optional<TrackingTexts> tracking = TrackingTexts.of(ctx);
    tracking.ifPresent(t -> trackingSummary(sb, t));
    sb.append("<div class=\"charts\">\n");
    List<Map.Entry<String, Integer>> byGroup = new ArrayList<>();
    for (Summary.GroupLine g : summary.groups()) {
      byGroup.add(Map.entry(ctx.messages().format(g.group().titleKey(), Map.of(), ctx.locale()), g.items()));
    }
    chart(sb, ctx.text("report.chart.groups"), byGroup);
    List<Map.Entry<String, Integer>> byInstitution = new ArrayList<>();
    for (ProblemList.Entry e : list.institutions()) {
      byInstitution.add(Map.entry(e.number() + ". " + e.report().institutionName(), e.items().size()));
    }
    chart(sb, ctx.text("report.chart.institutions"), byInstitution);
    sb.append("</div>\n");
    sb.append("<h2>").append(esc(ctx.text("report.annex.heading"))).append("</h2>\n<table>\n<thead><tr><th>")
        .append(esc(ctx.text("report.column.number"))).append("</th><th>").append(esc(ctx.text("report.column.institution")))
        .append("</th><th>").append(esc(ctx.text("report.column.problems"))).append("</th><th>");
    tracking.ifPresent(t -> sb.append(esc(ctx.text("report.tracking.column.state"))).append("</th><th>"));
    sb.append(esc(ctx.text("report.column.remarks"))).append("</th></tr></thead>\n<tbody>\n");
    for (ProblemList.Entry e : list.institutions()) {
      List<String> items = texts.items(e);
      for (int i = 0; i < items.size(); i++) {
        sb.append("<tr>");
        if (i == 0) {
          int span = items.size();
          sb.append("<td class=\"n\" rowspan=\"").append(span).append("\">").append(e.number()).append("</td>")
              .append("<td class=\"i\" rowspan=\"").append(span).append("\">").append(esc(e.report().institutionName())).append("</td>");
        }
        sb.append("<td>").append(esc(items.get(i))).append("</td>");
        if (tracking.isPresent()) {
          sb.append("<td>").append(esc(e.items().isEmpty() ? "" : tracking.get().note(e.items().get(i)))).append("</td>");
        }
        if (i == 0) {
          sb.append("<td class=\"r\" rowspan=\"").append(items.size()).append("\">").append(esc(texts.remark(e.report()))).append("</td>");
        }
        sb.append("</tr>\n");
      }
      flush(sb, out);
    }
    sb.append("</tbody>\n</table>\n");
    tracking.ifPresent(t -> rectification(sb, t, ctx));
    if (!incomplete.isEmpty()) {
      sb.append("<h2>").append(esc(ctx.text("report.incomplete.heading"))).append("</h2>\n");
      for (ProblemList.Entry e : incomplete) {
        sb.append("<h3>").append(esc(e.report().institutionName())).append("</h3>\n<ul class=\"incomplete\">\n");
        for (CheckOutcome o : ProblemTexts.errors(e.report())) {
          sb.append("<li>").append(esc(texts.incomplete(o))).append("</li>\n");
        }
        sb.append("</ul>\n");
      }
    }
    List<ProblemList.Entry> failed = list.institutions().stream().filter(e -> !e.report().problems().isEmpty()).toList();
    if (!failed.isEmpty()) {
      sb.append("<h2>").append(esc(ctx.text("report.problems.heading"))).append("</h2>\n");
      for (ProblemList.Entry e : failed) {
        sb.append("<h3>").append(esc(e.report().institutionName())).append("</h3>\n<ul class=\"problems\">\n");
        for (InputProblem p : e.report().problems()) {
          sb.append("<li>").append(esc(p.render(ctx.locale()))).append("</li>\n");
        }
        sb.append("</ul>\n");
      }
    }
    sb.append("</body>\n</html>\n");
    flush(sb, out);
  }

  /** Writes what {@code sb} holds to {@code out} and empties it, so that a long report is never held as one text. */
  private static void flush(StringBuilder sb, Writer out) throws IOException {
    out.append(sb);
    sb.setLength(0);
  }

  /** The comparison's sentences and the table of counts per institution. */
  private static void trackingSummary(StringBuilder sb, TrackingTexts t) {
    for (String line : t.summary()) {
      sb.append("<p>").append(esc(line)).append("</p>\n");
    }
    sb.append("<table class=\"tracking\">\n<thead><tr>");
    t.summaryHeader().forEach(h -> sb.append("<th>").append(esc(h)).append("</th>"));
    sb.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.summaryRows()) {
      sb.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        sb.append(i == 1 ? "<td>" : "<td class=\"n\">").append(esc(row.get(i))).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  /** The earlier findings that are gone, the waivers, and plan entries that named nothing. */
  private static void rectification(StringBuilder sb, TrackingTexts t, ReportContext ctx) {
    List<Map.Entry<String, List<String>>> gone = t.gone();
    List<String> waivers = t.waivers();
    Optional<String> unmatched = t.unmatchedPlan();
    if (gone.isEmpty() && waivers.isEmpty() && unmatched.isEmpty()) {
      return;
    }
    sb.append("<h2>").append(esc(ctx.text("report.tracking.heading"))).append("</h2>\n");
    for (Map.Entry<String, List<String>> g : gone) {
      sb.append("<h3>").append(esc(g.getKey())).append("</h3>\n<ul class=\"gone\">\n");
      g.getValue().forEach(line -> sb.append("<li>").append(esc(line)).append("</li>\n"));
      sb.append("</ul>\n");
    }
    if (!waivers.isEmpty()) {
      sb.append("<h3>").append(esc(ctx.text("report.tracking.waivers.heading"))).append("</h3>\n<ul class=\"waivers\">\n");
      waivers.forEach(line -> sb.append("<li>").append(esc(line)).append("</li>\n"));
      sb.append("</ul>\n");
    }
    unmatched.ifPresent(u -> sb.append("<p>").append(esc(u)).append("</p>\n"));
  }

  /** A horizontal bar chart as inline SVG. */
  private static void chart(StringBuilder sb, String caption, List<Map.Entry<String, Integer>> bars) {
    int max = Math.max(1, bars.stream().mapToInt(Map.Entry::getValue).max().orElse(1));
    int labelWidth = 260;
    int barMax = 300;
    int rowHeight = 24;
    int height = rowHeight * bars.size() + 10;
    int width = labelWidth + barMax + 40;
    sb.append("<figure><figcaption>").append(esc(caption)).append("</figcaption>\n")
        .append("<svg width=\"").append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"").append(esc(caption)).append("\">\n");
    int y = 5;
    for (Map.Entry<String, Integer> b : bars) {
      int w = b.getValue() * barMax / max;
      sb.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 16).append("\" text-anchor=\"end\" font-size=\"13\">")
          .append(esc(b.getKey())).append("</text>")
          .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
          .append("\" height=\"").append(rowHeight - 8).append("\" fill=\"#c0392b\"/>")
          .append("<text x=\"").append(labelWidth + w + 5).append("\" y=\"").append(y + 16).append("\" font-size=\"13\">")
          .append(b.getValue()).append("</text>\n");
      y += rowHeight;
    }
    sb.append("</svg></figure>\n");
  }

  /**
   * Escapes text for HTML element content and attribute values; control and bidirectional characters are
   * {@link DisplayText#neutralise(String) neutralised}.
   */
  static String esc(String raw) {
    String s = DisplayText.neutralise(raw);
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
