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
 * The problem list as one self-contained HTML page (no network, no file besides itself): title, summary, bar charts of
 * problems per group and per institution as inline SVG, and the annex table (the {@link ProblemTable problem table}'s
 * rows, one {@code tbody} per institution). Every value from the records or messages is escaped.
 *
 * <p>Above the annex, filters by institution, group and severity and a text search narrow the rows; they are driven by
 * one inline script of this class's own making (it holds no text of the report: it reads the rows' {@code data-}
 * attributes and text). Without scripts the filters stay hidden and every row is shown. Printed, the page is A4, the
 * filters are left out and the table's header is repeated on every page. The charts' label column is as wide as
 * their longest label needs (see {@link #textWidth(String, int)}), so that no label is cut off, in any language.
 *
 * <p>With tracking (see {@link ReportContext#tracking()}), the summary adds the comparison with the earlier inspection
 * and a table of counts per institution, the annex a column 整改跟踪 beside each item, and a section lists the earlier
 * findings that are gone and the waivers. Checks that did not complete are counted in the summary, noted in the
 * institution's remark and listed in a section of their own.
 */
public final class HtmlWriter implements ReportWriter {

  private static final String CSS = """
      body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:70em;color:#222;line-height:1.6}
      h1{font-size:1.5em;text-align:center}h2{font-size:1.2em;margin-top:1.6em}
      table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.35em .5em;vertical-align:top}
      th{background:#eee}td.n{text-align:center;width:3em}td.i{width:10em}td.r{width:12em}
      thead{display:table-header-group}
      .charts{display:flex;flex-wrap:wrap;gap:2em}.charts figure{margin:0;max-width:100%}figcaption{font-weight:bold;margin-bottom:.3em}
      .charts svg{max-width:100%;height:auto}
      form.filters{display:flex;flex-wrap:wrap;gap:.5em 1.5em;align-items:center;margin:.8em 0;padding:.5em .7em;background:#f6f6f6;border:1px solid #ddd}
      form.filters[hidden]{display:none}form.filters select,form.filters input{font:inherit;max-width:24em}
      [hidden]{display:none}
      ul.problems{font-family:monospace;font-size:.9em}
      p.header{text-align:center;color:#555}p.legend{font-size:.9em;color:#555;border-left:3px solid #ccc;padding-left:.6em}
      @page{size:A4;margin:20mm 18mm 20mm 20mm}
      @media print{body{margin:0;max-width:none;font-size:10.5pt;line-height:1.45}form.filters{display:none}
      thead{display:table-header-group}tr{break-inside:avoid;page-break-inside:avoid}h2,h3{break-after:avoid;page-break-after:avoid}
      .charts figure{break-inside:avoid;page-break-inside:avoid}th{background:none}}
      """;

  /**
   * The filters' script: shows the filters, and on each change hides the annex rows that do not match (and an
   * institution's {@code tbody} with none left), moving the institution's merged cells to its first row still shown.
   * It holds no text of the report and loads nothing.
   */
  static final String SCRIPT = """
      (function () {
        var form = document.getElementById('filters');
        if (!form || !document.querySelectorAll) { return; }
        var bodies = document.querySelectorAll('table.annex tbody');
        var blocks = [];
        for (var i = 0; i < bodies.length; i++) {
          var rows = [];
          for (var j = 0; j < bodies[i].rows.length; j++) { rows.push(bodies[i].rows[j]); }
          var lead = [], tail = [], text = '';
          var spanned = rows[0].querySelectorAll('td.n, td.i, td.r');
          for (var k = 0; k < spanned.length; k++) {
            (spanned[k].className === 'r' ? tail : lead).push(spanned[k]);
            text += ' ' + spanned[k].textContent;
          }
          blocks.push({ body: bodies[i], rows: rows, lead: lead, tail: tail, text: text });
        }
        var shown = document.getElementById('filters-shown');
        function value(name) {
          var field = form.querySelector('[data-filter="' + name + '"]');
          return field ? field.value : '';
        }
        function apply() {
          var institution = value('institution'), group = value('group'), severity = value('severity');
          var query = value('text').trim().toLowerCase();
          var count = 0, total = 0;
          for (var b = 0; b < blocks.length; b++) {
            var block = blocks[b], visible = [];
            for (var r = 0; r < block.rows.length; r++) {
              var row = block.rows[r];
              total++;
              var ok = (!institution || row.getAttribute('data-institution') === institution)
                && (!group || row.getAttribute('data-group') === group)
                && (!severity || (' ' + row.getAttribute('data-severity') + ' ').indexOf(' ' + severity + ' ') >= 0)
                && (!query || (block.text + ' ' + row.textContent).toLowerCase().indexOf(query) >= 0);
              row.hidden = !ok;
              if (ok) { visible.push(row); }
            }
            block.body.hidden = visible.length === 0;
            if (visible.length > 0) {
              var first = visible[0], c;
              for (c = block.lead.length - 1; c >= 0; c--) { first.insertBefore(block.lead[c], first.firstChild); }
              for (c = 0; c < block.tail.length; c++) { first.appendChild(block.tail[c]); }
              for (c = 0; c < block.lead.length; c++) { block.lead[c].rowSpan = visible.length; }
              for (c = 0; c < block.tail.length; c++) { block.tail[c].rowSpan = visible.length; }
            }
            count += visible.length;
          }
          if (shown) { shown.textContent = count + ' / ' + total; }
        }
        form.addEventListener('input', apply);
        form.addEventListener('change', apply);
        form.addEventListener('submit', function (e) { e.preventDefault(); });
        form.addEventListener('reset', function () { setTimeout(apply, 0); });
        form.hidden = false;
        apply();
      }());
      """;

  /** The font size of the charts' labels, in pixels. */
  private static final int CHART_FONT = 13;

  @Override
  public void write(InspectionReport report, ReportContext ctx, Writer out) throws IOException {
    ProblemTable table = ProblemTable.of(report, ctx);
    ProblemList list = table.problemList();
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
    sb.append("<h2>").append(esc(ctx.text("report.annex.heading"))).append("</h2>\n");
    filters(sb, table, ctx);
    sb.append("<table class=\"annex\">\n<thead><tr>");
    for (ProblemTable.Column c : table.columns()) {
      sb.append("<th>").append(esc(c.title())).append("</th>");
    }
    sb.append("</tr></thead>\n");
    for (ProblemTable.Section s : table.sections()) {
      sb.append("<tbody data-institution=\"").append(esc(s.institution().id())).append("\">\n");
      List<ProblemTable.Row> rows = s.rows();
      for (int i = 0; i < rows.size(); i++) {
        ProblemTable.Row row = rows.get(i);
        sb.append("<tr data-institution=\"").append(esc(s.institution().id()))
            .append("\" data-group=\"").append(esc(row.group().map(ProblemTable.Label::id).orElse("")))
            .append("\" data-severity=\"").append(esc(String.join(" ", row.severities().stream().map(ProblemTable.Label::id).toList())))
            .append("\">");
        for (int c = 0; c < table.columns().size(); c++) {
          ProblemTable.Column column = table.columns().get(c);
          String text = row.cells().get(c).text();
          if (column.perInstitution()) {
            // The institution's cells span its rows; the script moves them when a filter hides the first.
            if (i == 0) {
              sb.append("<td class=\"").append(cellClass(column.key())).append("\" rowspan=\"").append(rows.size()).append("\">")
                  .append(esc(text)).append("</td>");
            }
          } else {
            sb.append("<td>").append(esc(text)).append("</td>");
          }
        }
        sb.append("</tr>\n");
      }
      sb.append("</tbody>\n");
      flush(sb, out);
    }
    sb.append("</table>\n");
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
    sb.append("<script>\n").append(SCRIPT).append("</script>\n");
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

  /** The CSS class of a cell the institution's rows share: {@code n} (number), {@code i} (name), {@code r} (remarks). */
  private static String cellClass(String column) {
    return switch (column) {
      case ProblemTable.NUMBER -> "n";
      case ProblemTable.INSTITUTION -> "i";
      case ProblemTable.REMARKS -> "r";
      default -> "s";
    };
  }

  /**
   * The filters above the annex: institution, group and severity (each listing the values the table has) and a text
   * search, in a form that is {@code hidden} until the script shows it.
   */
  private static void filters(StringBuilder sb, ProblemTable table, ReportContext ctx) {
    // The filters' own words; the other labels are the table's column names.
    String all = ctx.text("report.filter.all");
    List<ProblemTable.Label> institutions = new ArrayList<>();
    int n = 0;
    for (ProblemTable.Label l : table.institutions()) {
      institutions.add(new ProblemTable.Label(l.id(), ++n + ". " + l.text()));
    }
    sb.append("<form class=\"filters\" id=\"filters\" hidden>\n");
    select(sb, "institution", title(table, "institution"), all, institutions);
    select(sb, "group", title(table, "group"), all, table.groups());
    select(sb, "severity", title(table, "severity"), all, table.severities());
    sb.append("<label>").append(esc(ctx.text("report.filter.search"))).append(" <input type=\"search\" data-filter=\"text\"></label>\n");
    sb.append("<button type=\"reset\">").append(esc(ctx.text("report.filter.reset"))).append("</button>\n");
    sb.append("<span>").append(esc(ctx.text("report.filter.shown"))).append(" <output id=\"filters-shown\"></output></span>\n");
    sb.append("</form>\n");
  }

  private static String title(ProblemTable table, String key) {
    return table.findingColumns().stream().filter(c -> c.key().equals(key)).findFirst().map(ProblemTable.Column::title).orElse(key);
  }

  private static void select(StringBuilder sb, String name, String label, String all, List<ProblemTable.Label> options) {
    sb.append("<label>").append(esc(label)).append(" <select data-filter=\"").append(name).append("\">")
        .append("<option value=\"\">").append(esc(all)).append("</option>");
    for (ProblemTable.Label o : options) {
      sb.append("<option value=\"").append(esc(o.id())).append("\">").append(esc(o.text())).append("</option>");
    }
    sb.append("</select></label>\n");
  }

  /**
   * A horizontal bar chart as inline SVG. The label column is as wide as the longest label needs at the labels' font
   * size ({@link #textWidth(String, int)}), so no label is cut off; the drawing scales down to the page's width.
   */
  private static void chart(StringBuilder sb, String caption, List<Map.Entry<String, Integer>> bars) {
    int max = Math.max(1, bars.stream().mapToInt(Map.Entry::getValue).max().orElse(1));
    int labelWidth = labelWidth(bars.stream().map(Map.Entry::getKey).toList());
    int barMax = 300;
    int rowHeight = 24;
    int height = rowHeight * bars.size() + 10;
    int width = labelWidth + barMax + 40;
    sb.append("<figure><figcaption>").append(esc(caption)).append("</figcaption>\n")
        .append("<svg width=\"").append(width).append("\" height=\"").append(height)
        .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(esc(caption)).append("\">\n");
    int y = 5;
    for (Map.Entry<String, Integer> b : bars) {
      int w = b.getValue() * barMax / max;
      sb.append("<text x=\"").append(labelWidth - 6).append("\" y=\"").append(y + 16).append("\" text-anchor=\"end\" font-size=\"")
          .append(CHART_FONT).append("\">")
          .append(esc(b.getKey())).append("</text>")
          .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
          .append("\" height=\"").append(rowHeight - 8).append("\" fill=\"#c0392b\"/>")
          .append("<text x=\"").append(labelWidth + w + 5).append("\" y=\"").append(y + 16).append("\" font-size=\"")
          .append(CHART_FONT).append("\">")
          .append(b.getValue()).append("</text>\n");
      y += rowHeight;
    }
    sb.append("</svg></figure>\n");
  }

  /** The width of a chart's label column: its longest label, the 6 pixels between label and bar, and 6 to spare. */
  static int labelWidth(List<String> labels) {
    int widest = 0;
    for (String l : labels) {
      widest = Math.max(widest, textWidth(DisplayText.neutralise(l), CHART_FONT));
    }
    return widest + 12;
  }

  /**
   * A generous estimate, in pixels, of the width of {@code text} at {@code size} pixels in a sans-serif font: a full
   * em for a wide character (Chinese, Japanese, Korean, full-width forms), 0.8 em for a capital letter and the widest
   * small ones, 0.35 em for a space and 0.65 em for anything else. Common sans-serif fonts (DejaVu Sans, Arial,
   * Noto Sans, Microsoft YaHei) set Latin text narrower on average, so the estimate errs on the side of room.
   */
  static int textWidth(String text, int size) {
    double ems = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (wide(cp)) {
        ems += 1.0;
      } else if (cp == ' ') {
        ems += 0.35;
      } else if ((cp >= 'A' && cp <= 'Z') || cp == 'm' || cp == 'w' || cp == '@' || cp == '%') {
        ems += 0.8;
      } else {
        ems += 0.65;
      }
    }
    return (int) Math.ceil(ems * size);
  }

  /** Whether {@code cp} is set a full em wide. */
  private static boolean wide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303F) || (cp >= 0x3200 && cp <= 0x33FF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || Character.getType(cp) == Character.OTHER_SYMBOL;
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
