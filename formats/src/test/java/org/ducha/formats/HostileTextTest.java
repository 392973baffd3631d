package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.model.Inspection;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Record text that looks like markup, links or terminal and bidirectional controls stays text; counts stay honest. */
class HostileTextTest {

  private final Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new WritersTest.RoomsPack()).build();

  private String write(ReportFormat format, InspectionReport report) throws IOException {
    StringWriter w = new StringWriter();
    ReportWriter.of(format).write(report, ReportContext.of(inspector), w);
    return w.toString();
  }

  private InspectionReport report(String inspectionName, String institutionName) {
    InstitutionReport r = inspector.inspect(Fixtures.cleanTrainingOnly().with(b -> b.name(institutionName)));
    Inspection inspection = new Inspection("t", inspectionName, "某局", Optional.empty(), LocalDate.of(2022, 4, 19), LocalDate.of(2022, 4, 24),
        List.of(), List.of());
    return inspector.report(Optional.of(inspection), List.of(r));
  }

  @Test
  void markdown_escapes_links_html_and_block_markers_in_the_title_the_summary_and_the_table() throws IOException {
    String md = write(ReportFormat.MD, report("[点此](http://evil.example) <img src=x>", "# 甲|机构 `x` *y* www.evil.com a@b.cn"));

    assertThat(md)
        .contains("\\[点此\\](http\\://evil.example) &lt;img src=x&gt;")
        .contains("| \\# 甲\\|机构 \\`x\\` \\*y\\* www\\.evil.com a\\@b.cn |")
        .doesNotContain("[点此](").doesNotContain("<img");
  }

  @Test
  void a_summary_line_that_would_start_a_block_is_escaped() {
    assertThat(MarkdownWriter.line("> 引用")).isEqualTo("&gt; 引用"); // an entity starts no quote
    assertThat(MarkdownWriter.line("# 标题")).isEqualTo("\\# 标题");
    assertThat(MarkdownWriter.line("- 列表")).isEqualTo("\\- 列表");
    assertThat(MarkdownWriter.line("12. 编号")).isEqualTo("12\\. 编号");
    assertThat(MarkdownWriter.line("3) 编号")).isEqualTo("3\\) 编号");
    assertThat(MarkdownWriter.line("    代码")).isEqualTo("&#32;   代码");
    assertThat(MarkdownWriter.line("普通文字 1. 中间")).isEqualTo("普通文字 1. 中间");
  }

  @Test
  void bidirectional_and_control_characters_are_marked_in_text_formats_and_escaped_in_json() throws IOException {
    InspectionReport report = report("检查", "甲\u202E乙\u2066丙\u001bM丁");

    for (ReportFormat f : List.of(ReportFormat.MD, ReportFormat.HTML, ReportFormat.CSV)) {
      assertThat(write(f, report)).as(f.name()).contains("甲\uFFFD乙\uFFFD丙\u241BM丁")
          .doesNotContain("\u202E").doesNotContain("\u2066").doesNotContain("\u001b");
    }
    assertThat(write(ReportFormat.JSON, report)).contains("甲\\u202E乙\\u2066丙\\u001BM丁").doesNotContain("\u202E");
  }

  @Test
  void the_summary_counts_institutions_inspected_and_listed_when_some_were_not_inspected() throws IOException {
    InstitutionReport good = inspector.inspect(Fixtures.cleanTrainingOnly());
    InstitutionReport bad = InstitutionReport.notInspected("x", "坏机构", false, Optional.empty(),
        List.of(InputProblem.of("name", "", "must not be blank").at("x.json", 1, 2)));
    InspectionReport report = inspector.report(Optional.empty(), List.of(good, bad));

    assertThat(write(ReportFormat.MD, report)).contains("共列出培训机构（考试点）2家，检查了1家，1家未能检查；");
    assertThat(write(ReportFormat.HTML, report)).contains("共列出培训机构（考试点）2家，检查了1家，1家未能检查；");
    StringWriter en = new StringWriter();
    new MarkdownWriter().write(report, ReportContext.of(inspector).withLocale(MessageCatalog.EN), en);
    assertThat(en.toString()).contains("2 institutions (exam sites) listed, 1 inspected, 1 not inspected;");
  }
}
