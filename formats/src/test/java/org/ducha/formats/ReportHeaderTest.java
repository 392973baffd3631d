package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.model.Inspection;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** The Markdown and HTML reports name the notice's issuer, 文号 and date and define 条 and 处; the format lookup. */
class ReportHeaderTest {

  private final Inspector inspector = Inspector.builder().discoverPacks(false).build();

  private InspectionReport report(Optional<LocalDate> issuedOn, Optional<String> number) {
    Inspection inspection = new Inspection("x", "某市督查检查", "某市应急管理局", number, LocalDate.of(2022, 4, 19),
        LocalDate.of(2022, 4, 24), List.of(), List.of(), issuedOn, Optional.empty(), List.of());
    return inspector.report(Optional.of(inspection), List.of(inspector.inspect(Fixtures.cleanTrainingOnly())));
  }

  private String write(String format, InspectionReport report, java.util.Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormats.of(format).write(report, ReportContext.of(inspector).withLocale(locale), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void markdown_and_html_name_issuer_number_and_issue_date_and_define_the_counts() throws IOException {
    InspectionReport report = report(Optional.of(LocalDate.of(2022, 5, 5)), Optional.of("某应急〔2022〕7号"));
    String md = write("md", report, MessageCatalog.ZH_CN);
    assertThat(md).contains("发文机关：某市应急管理局  \n文号：某应急〔2022〕7号  \n成文日期：2022年5月5日\n")
        .contains("\n\n条：问题清单中编号的一项问题").contains("处：一处发现");
    String html = write("html", report, MessageCatalog.ZH_CN);
    assertThat(html).contains("<p class=\"header\">发文机关：某市应急管理局<br>文号：某应急〔2022〕7号<br>成文日期：2022年5月5日</p>")
        .contains("<p class=\"legend\">条：");
    assertThat(write("md", report, MessageCatalog.EN)).contains("Issued by: 某市应急管理局").contains("Date: 5 May 2022")
        .contains("finding (处)");
  }

  @Test
  void without_an_issue_date_the_header_gives_the_last_day_and_without_a_number_none() throws IOException {
    String md = write("md", report(Optional.empty(), Optional.empty()), MessageCatalog.ZH_CN);
    assertThat(md).contains("成文日期：2022年4月24日").doesNotContain("文号");
  }

  @Test
  void without_an_inspection_there_is_no_header_but_the_legend() throws IOException {
    InspectionReport report = inspector.report(Optional.empty(), List.of(inspector.inspect(Fixtures.cleanTrainingOnly())));
    String md = write("md", report, MessageCatalog.ZH_CN);
    assertThat(md).doesNotContain("发文机关").contains("\n\n条：");
  }

  @Test
  void the_built_in_formats_are_found_by_name_and_an_unknown_one_lists_them() {
    assertThat(ReportFormats.names()).startsWith("md", "html", "csv", "json");
    assertThat(ReportFormats.of(" HTML ").text()).isTrue();
    assertThat(ReportFormats.of("csv").contentType()).startsWith("text/csv");
    assertThatThrownBy(() -> ReportFormats.of("pdf")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown format 'pdf'; valid formats: md, html, csv, json");
  }
}
