package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.tracking.TrackedReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report's filters, its reading without scripts, its print styles and its charts' labels. */
class HtmlReportTest {

  private final TableFixtures fx = new TableFixtures();

  private static String html(InspectionReport report, ReportContext ctx) throws IOException {
    StringWriter w = new StringWriter();
    new HtmlWriter().write(report, ctx, w);
    return w.toString();
  }

  private String plain(Locale locale) throws IOException {
    return html(fx.plain(), fx.context(locale));
  }

  private static List<String> options(Document doc, String filter) {
    return doc.select("form.filters select[data-filter=" + filter + "] option").eachAttr("value");
  }

  @Test
  void the_filters_offer_each_institution_group_and_severity_of_the_table_and_a_search() throws IOException {
    Document doc = Jsoup.parse(plain(MessageCatalog.ZH_CN));

    Element form = doc.selectFirst("form#filters.filters");
    assertThat(form).isNotNull();
    assertThat(form.hasAttr("hidden")).as("hidden until the script shows it").isTrue();
    // Jsoup keeps "" for the first option's empty value: every filter starts at "all".
    assertThat(options(doc, "institution")).containsExactly("", "a", "b", "c");
    assertThat(doc.select("select[data-filter=institution] option").eachText()).containsExactly("全部", "1. 甲机构", "2. 乙机构", "3. 丙机构");
    assertThat(options(doc, "group")).containsExactly("", "archive", "facilities");
    assertThat(options(doc, "severity")).containsExactly("", "CRITICAL", "MAJOR", "MINOR");
    assertThat(doc.select("select[data-filter=severity] option").eachText()).containsExactly("全部", "严重", "较重", "一般");
    assertThat(doc.select("input[type=search][data-filter=text]")).hasSize(1);
    assertThat(form.text()).contains("机构").contains("方面").contains("严重程度").contains("搜索");
  }

  @Test
  void every_row_carries_its_institution_group_and_severities() throws IOException {
    Document doc = Jsoup.parse(plain(MessageCatalog.ZH_CN));

    List<Element> rows = doc.select("table.annex tbody tr");
    assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r.hasAttr("data-institution") && r.hasAttr("data-group") && r.hasAttr("data-severity")).isTrue());
    assertThat(rows).extracting(r -> r.attr("data-institution") + "|" + r.attr("data-group") + "|" + r.attr("data-severity"))
        .containsExactly("a|archive|CRITICAL MINOR", "a|facilities|MAJOR", "b||", "c||");
    assertThat(doc.select("table.annex tbody")).extracting(b -> b.attr("data-institution")).containsExactly("a", "b", "c");
  }

  @Test
  void without_the_script_every_problem_row_is_in_the_document_and_shown() throws IOException {
    ReportContext ctx = fx.context(MessageCatalog.ZH_CN);
    InspectionReport report = fx.plain();
    Document doc = Jsoup.parse(html(report, ctx));
    doc.select("script").remove();

    ProblemTable table = ProblemTable.of(report, ctx);
    List<String> expected = table.sections().stream().flatMap(s -> s.rows().stream()).map(r -> r.cell(ProblemTable.PROBLEMS)).toList();
    List<Element> rows = doc.select("table.annex tbody tr");
    assertThat(rows).extracting(r -> r.select("td").stream().filter(td -> td.className().isEmpty()).findFirst().orElseThrow().text())
        .containsExactlyElementsOf(expected);
    // Nothing of the table is hidden: only the filters, which do nothing without the script.
    assertThat(doc.select("table.annex [hidden], table.annex[hidden]")).isEmpty();
    assertThat(doc.select("[hidden]")).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo("filters"));
    assertThat(doc.select("td.i").eachText()).containsExactly("甲机构", "乙机构", "丙机构");
    assertThat(doc.select("td.i").first().attr("rowspan")).isEqualTo("2");
  }

  @Test
  void the_one_script_is_the_writers_own_and_loads_nothing() throws IOException {
    String html = plain(MessageCatalog.EN);
    Document doc = Jsoup.parse(html);

    assertThat(doc.select("script")).singleElement().satisfies(s -> {
      assertThat(s.hasAttr("src")).isFalse();
      assertThat(s.data()).isEqualTo("\n" + HtmlWriter.SCRIPT);
    });
    assertThat(HtmlWriter.SCRIPT).doesNotContain("http").doesNotContain("fetch").doesNotContain("XMLHttpRequest").doesNotContain("import")
        .doesNotContain("</");
    assertThat(html).doesNotContain("<link").doesNotContain("src=");
  }

  @Test
  void print_styles_give_a4_pages_a_repeated_header_and_no_filters() throws IOException {
    Document doc = Jsoup.parse(plain(MessageCatalog.ZH_CN));
    String css = doc.select("style").html().replace("\n", "");

    assertThat(css).contains("@page{size:A4;margin:");
    assertThat(css).contains("thead{display:table-header-group}");
    String print = css.substring(css.indexOf("@media print{"));
    assertThat(print).contains("form.filters{display:none}").contains("thead{display:table-header-group}");
    assertThat(doc.select("table.annex > thead > tr > th").eachText()).containsExactly("序号", "机构", "存在问题", "备注");
  }

  @Test
  void the_longest_english_group_label_has_room_left_of_its_bar() throws IOException {
    // Every group of the notice, so that the chart has each English group title.
    InspectionReport report = fx.inspection("april", "Inspection", TableFixtures.APRIL,
        TableFixtures.institution("a", "甲机构", TableFixtures.APRIL,
            TableFixtures.room("a", "r1", org.ducha.finding.Group.GOVERNANCE, org.ducha.finding.Severity.MAJOR),
            TableFixtures.room("a", "r2", org.ducha.finding.Group.ARCHIVE, org.ducha.finding.Severity.MAJOR),
            TableFixtures.room("a", "r3", org.ducha.finding.Group.STAFFING, org.ducha.finding.Severity.MAJOR),
            TableFixtures.room("a", "r4", org.ducha.finding.Group.FACILITIES, org.ducha.finding.Severity.MAJOR)));
    ReportContext ctx = fx.context(MessageCatalog.EN);
    Document doc = Jsoup.parse(html(report, ctx));

    List<String> titles = ProblemTable.of(report, ctx).groups().stream().map(ProblemTable.Label::text).toList();
    assertThat(titles).hasSize(4).contains("Practical training going through the motions");
    Element svg = doc.select("figure svg").first();
    for (String title : titles) {
      Element label = svg.select("text").stream().filter(t -> t.text().equals(title)).findFirst().orElseThrow();
      Element bar = label.nextElementSibling();
      assertThat(bar.tagName()).isEqualTo("rect");
      assertThat(label.attr("text-anchor")).isEqualTo("end");
      int anchor = Integer.parseInt(label.attr("x"));
      int size = Integer.parseInt(label.attr("font-size"));
      // The label ends at its anchor and runs left; common sans-serif fonts average under 0.6 em a Latin character,
      // so it needs at least that much room left of the anchor (the longest, 44 characters, about 343 pixels at 13),
      // and the bar starts right of it.
      assertThat(anchor).as(title).isGreaterThanOrEqualTo((int) Math.ceil(0.6 * size * title.length()));
      assertThat(Integer.parseInt(bar.attr("x"))).isGreaterThan(anchor);
    }
    assertThat(svg.attr("viewBox")).isEqualTo("0 0 " + svg.attr("width") + " " + svg.attr("height"));
  }

  @Test
  void label_widths_come_from_the_text() {
    assertThat(HtmlWriter.textWidth("机构机构", 13)).isEqualTo(52);
    assertThat(HtmlWriter.textWidth("Practical training going through the motions", 13))
        .isGreaterThan(HtmlWriter.textWidth("Not enough teaching staff", 13));
    assertThat(HtmlWriter.labelWidth(List.of("a", "1. 甲机构"))).isEqualTo(HtmlWriter.textWidth("1. 甲机构", 13) + 12);
  }

  @Test
  void a_follow_up_report_has_the_filters_and_its_tracking_column_and_is_deterministic() throws IOException {
    TrackedReport t = fx.followUp();
    ReportContext ctx = fx.context(MessageCatalog.ZH_CN).withTracking(t.tracking());
    String html = html(t.report(), ctx);
    Document doc = Jsoup.parse(html);

    assertThat(doc.select("table.annex > thead th").eachText()).containsExactly("序号", "机构", "存在问题", "整改跟踪", "备注");
    assertThat(doc.select("table.annex tbody tr")).extracting(r -> r.attr("data-group")).containsExactly("archive", "facilities", "");
    assertThat(html(t.report(), ctx)).isEqualTo(html);
  }

  @Test
  void data_attributes_and_options_hold_hostile_ids_as_text() throws IOException {
    String id = "x\" onmouseover=\"alert(1)";
    InspectionReport report = fx.inspection("april", "首次检查", TableFixtures.APRIL,
        TableFixtures.institution(id, "<b>机构</b>", TableFixtures.APRIL,
            TableFixtures.room(id, "<i>r1</i>", org.ducha.finding.Group.ARCHIVE, org.ducha.finding.Severity.MAJOR)));
    Document doc = Jsoup.parse(html(report, fx.context(MessageCatalog.ZH_CN)));

    assertThat(doc.select("[onmouseover], b, i")).isEmpty();
    assertThat(doc.select("table.annex tbody tr").first().attr("data-institution")).isEqualTo(id);
    assertThat(options(doc, "institution")).containsExactly("", id);
    assertThat(doc.select("select[data-filter=institution] option").eachText()).contains("1. <b>机构</b>");
  }
}
