package org.ducha.formats;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.report.ProblemList;
import org.ducha.report.Summary;

/**
 * The problem list as Markdown: title, summary, then the annex table 序号 | 机构 | 存在问题 | 备注 (the
 * {@link ProblemTable problem table}'s rows, the institution's cells on its first row only). With tracking
 * (see {@link ReportContext#tracking()}), the summary adds the comparison with the earlier inspection and a table of
 * counts per institution, the annex a column 整改跟踪 beside each item, and a section lists the earlier findings
 * that are gone and the waivers. Checks that did not complete are counted in the summary, noted in the institution's
 * remark and listed in a section of their own.
 *
 * <p>Record text is text, never markup: every name, message and note is escaped wherever it appears (title,
 * headings, summary sentences, table cells, lists); see {@link #inline(String)} and {@link #line(String)}.
 */
public final class MarkdownWriter implements ReportWriter {

  @Override
  public void write(InspectionReport report, ReportContext ctx, Writer out) throws IOException {
    ProblemTable table = ProblemTable.of(report, ctx);
    ProblemList list = table.problemList();
    ProblemTexts texts = new ProblemTexts(ctx);
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(inline(texts.title(report))).append("\n\n");
    List<String> header = texts.header(report);
    if (!header.isEmpty()) {
      sb.append(String.join("  \n", header.stream().map(MarkdownWriter::inline).toList())).append("\n\n");
    }
    sb.append("## ").append(ctx.text("report.summary.heading")).append("\n\n");
    List<ProblemList.Entry> incomplete = ProblemTexts.withErrors(list);
    for (String line : texts.summary(Summary.of(list), incomplete)) {
      sb.append(line(line)).append("\n\n");
    }
    sb.append(inline(texts.legend())).append("\n\n");
    Optional<TrackingTexts> tracking = TrackingTexts.of(ctx);
    tracking.ifPresent(t -> summary(sb, t));
    sb.append("## ").append(ctx.text("report.annex.heading")).append("\n\n");
    List<ProblemTable.Column> columns = table.columns();
    sb.append("| ").append(String.join(" | ", columns.stream().map(ProblemTable.Column::title).toList())).append(" |\n");
    sb.append("|").append("---|".repeat(columns.size())).append("\n");
    for (ProblemTable.Section s : table.sections()) {
      boolean first = true;
      for (ProblemTable.Row row : s.rows()) {
        for (int c = 0; c < columns.size(); c++) {
          // The institution's own cells are written on its first row only, as the notice's merged cells read.
          String text = first || !columns.get(c).perInstitution() ? cell(row.cells().get(c).text()) : "";
          sb.append(c == 0 ? "| " : " | ").append(text);
        }
        sb.append(" |\n");
        first = false;
      }
      flush(sb, out);
    }
    tracking.ifPresent(t -> rectification(sb, t, ctx));
    if (!incomplete.isEmpty()) {
      sb.append("\n## ").append(ctx.text("report.incomplete.heading")).append("\n");
      for (ProblemList.Entry e : incomplete) {
        sb.append("\n### ").append(inline(e.report().institutionName())).append("\n\n");
        for (CheckOutcome o : ProblemTexts.errors(e.report())) {
          sb.append("- ").append(line(texts.incomplete(o))).append("\n");
        }
      }
    }
    List<ProblemList.Entry> failed = list.institutions().stream().filter(e -> !e.report().problems().isEmpty()).toList();
    if (!failed.isEmpty()) {
      sb.append("\n## ").append(ctx.text("report.problems.heading")).append("\n");
      for (ProblemList.Entry e : failed) {
        sb.append("\n### ").append(inline(e.report().institutionName())).append("\n\n");
        for (InputProblem p : e.report().problems()) {
          // A code span shows its content as it is: only a backtick could end it.
          sb.append("- `").append(oneLine(DisplayText.neutralise(p.render(ctx.locale()))).replace("`", "'")).append("`\n");
        }
      }
    }
    flush(sb, out);
  }

  /** Writes what {@code sb} holds to {@code out} and empties it, so that a long report is never held as one text. */
  private static void flush(StringBuilder sb, Writer out) throws IOException {
    out.append(sb);
    sb.setLength(0);
  }

  /** The comparison's sentences and the table of counts per institution. */
  private static void summary(StringBuilder sb, TrackingTexts t) {
    for (String line : t.summary()) {
      sb.append(line(line)).append("\n\n");
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
      sb.append("\n### ").append(inline(g.getKey())).append("\n\n");
      g.getValue().forEach(line -> sb.append("- ").append(line(line)).append("\n"));
    }
    if (!waivers.isEmpty()) {
      sb.append("\n### ").append(ctx.text("report.tracking.waivers.heading")).append("\n\n");
      waivers.forEach(line -> sb.append("- ").append(line(line)).append("\n"));
    }
    unmatched.ifPresent(u -> sb.append("\n").append(line(u)).append("\n"));
  }

  /**
   * Text that starts a line (a heading's, a paragraph's, a list item's): {@link #inline(String) escaped}, and a first
   * character that would open a block (heading, quote, list, numbered list, thematic break, indented code) escaped too.
   */
  static String line(String s) {
    String t = inline(s);
    if (t.isEmpty()) {
      return t;
    }
    char c = t.charAt(0);
    if (c == '#' || c == '>' || c == '-' || c == '+' || c == '=') {
      return "\\" + t;
    }
    if (c == ' ') {
      return "&#32;" + t.substring(1);
    }
    if (c == '\t') {
      return "&#9;" + t.substring(1);
    }
    int digits = 0;
    while (digits < t.length() && digits < 10 && Character.isDigit(t.charAt(digits)) && t.charAt(digits) < 128) {
      digits++;
    }
    if (digits > 0 && digits < t.length() && (t.charAt(digits) == '.' || t.charAt(digits) == ')')) {
      return t.substring(0, digits) + "\\" + t.substring(digits);
    }
    return t;
  }

  /**
   * Running text and table cells: nothing in it is markup. Line breaks are folded; control and bidirectional
   * characters are {@link DisplayText#neutralise(String) neutralised}; {@code & < >} become entities (no HTML tag,
   * entity or autolink passes); the punctuation of emphasis, code, links and images, strikethrough, tables and
   * headings ({@code \ ` * _ [ ] ~ | #}) is backslash-escaped; bare links ({@code http://}, {@code www.}, e-mail
   * addresses), which GitHub's Markdown turns into live links, are broken by escaping their {@code :}, {@code .} or
   * {@code @}. Enough for a heading's text, which no block marker can start.
   */
  static String inline(String s) {
    String t = oneLine(DisplayText.neutralise(s));
    StringBuilder sb = null;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '\\', '`', '*', '_', '[', ']', '~', '|', '#' -> "\\" + c;
        case '@' -> i > 0 && emailChar(t.charAt(i - 1)) ? "\\@" : null;
        case ':' -> t.startsWith("//", i + 1) ? "\\:" : null;
        case '.' -> i >= 3 && t.regionMatches(true, i - 3, "www", 0, 3) ? "\\." : null;
        default -> null;
      };
      if (rep != null && sb == null) {
        sb = new StringBuilder(t.length() + 16).append(t, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? t : sb.toString();
  }

  /** Whether {@code c} may end the local part of an address that GitHub's Markdown links by itself. */
  private static boolean emailChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_' || c == '+';
  }

  /** A table cell: {@link #inline(String)} (which escapes pipes too). */
  static String cell(String s) {
    return inline(s);
  }

  private static String oneLine(String s) {
    return s.replace("\r", " ").replace("\n", " ");
  }
}
