package org.ducha.formats.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.Profile;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.formats.ReportContext;
import org.ducha.formats.ReportFormatProvider;
import org.ducha.formats.ReportFormats;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;
import org.ducha.report.ProblemList;
import org.ducha.report.Summary;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

/** The Word notice read back with POI: layout, texts, numbers, the annex table, page numbers, bytes. */
class DocxNoticeWriterTest {

  private static final Path JINCHENG = Path.of("..", "examples", "jincheng-2022");

  /** Twips in {@code mm} millimetres, to the nearest twip. */
  private static BigInteger mm(int mm) {
    return BigInteger.valueOf(Math.round(mm * 1440 / 25.4));
  }

  private record Written(InspectionReport report, ReportContext ctx, byte[] bytes) {}

  private static Written jincheng;

  /** The Jincheng inspection and its notice, written once for all tests. */
  private static synchronized Written jincheng() throws IOException {
    if (jincheng == null) {
      jincheng = inspectJincheng();
    }
    return jincheng;
  }

  private static Written inspectJincheng() throws IOException {
    InspectionReader reader = InspectionReader.of(List.of(JINCHENG));
    Inspection inspection = reader.readInspection().orElseThrow().value().orElseThrow();
    Profile.Builder profile = Profile.defaults().toBuilder();
    inspection.campaigns().forEach(profile::campaign);
    Inspector inspector = Inspector.builder().profile(profile.build()).build();
    List<Institution> institutions;
    try (var inputs = reader.institutions()) {
      institutions = inputs.map(i -> i.institution().orElseThrow()).toList();
    }
    List<InstitutionReport> reports = new ArrayList<>();
    institutions.forEach(i -> reports.add(inspector.inspect(i)));
    InspectionReport report = inspector.report(Optional.of(inspection), reports);
    ReportContext ctx = ReportContext.of(inspector);
    return new Written(report, ctx, write(report, ctx));
  }

  private static byte[] write(InspectionReport report, ReportContext ctx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFormats.of("docx").write(report, ctx, out);
    return out.toByteArray();
  }

  private static List<String> texts(XWPFDocument doc) {
    return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  @Test
  void the_docx_format_is_found_by_its_name_beside_the_built_in_ones() {
    assertThat(ReportFormats.names()).containsExactly("md", "html", "csv", "json", "docx");
    ReportFormatProvider docx = ReportFormats.of("DOCX");
    assertThat(docx).isInstanceOf(DocxNoticeFormat.class);
    assertThat(docx.text()).isFalse();
    assertThat(docx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void the_page_is_a4_with_the_standard_margins() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(jincheng().bytes()))) {
      CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
      assertThat(size.getW()).isEqualTo(mm(210));
      assertThat(size.getH()).isEqualTo(mm(297));
      CTPageMar mar = doc.getDocument().getBody().getSectPr().getPgMar();
      assertThat(mar.getTop()).isEqualTo(mm(37));
      assertThat(mar.getBottom()).isEqualTo(mm(35));
      assertThat(mar.getLeft()).isEqualTo(mm(28));
      assertThat(mar.getRight()).isEqualTo(mm(26));
    }
  }

  @Test
  void the_notice_names_its_issuer_number_date_and_title_in_the_standard_fonts() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(jincheng().bytes()))) {
      List<String> texts = texts(doc);
      assertThat(texts).contains("晋城市应急管理局文件", "晋市应急教发〔2022〕89号",
          "晋城市培训机构（考试点）安全培训“走过场”专项整治督查检查", "晋城市应急管理局",
          // issuedOn of inspection.yaml: the notice was issued on 5 May 2022.
          "2022年5月5日");
      XWPFParagraph title = doc.getParagraphs().stream()
          .filter(p -> p.getText().equals("晋城市培训机构（考试点）安全培训“走过场”专项整治督查检查")).findFirst().orElseThrow();
      XWPFRun run = title.getRuns().get(0);
      assertThat(run.getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("方正小标宋简体");
      assertThat(run.getFontSizeAsDouble()).isEqualTo(22.0);
      assertThat(title.getAlignment()).hasToString("CENTER");
      XWPFParagraph heading = doc.getParagraphs().stream().filter(p -> p.getText().equals("一、存在问题")).findFirst().orElseThrow();
      assertThat(heading.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
      XWPFParagraph body = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("共检查")).findFirst().orElseThrow();
      assertThat(body.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
      assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
      XWPFParagraph group = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("（一）")).findFirst().orElseThrow();
      assertThat(group.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("楷体_GB2312");
    }
  }

  @Test
  void the_two_parts_carry_the_summary_of_the_problem_list_and_the_requirements() throws IOException {
    Written w = jincheng();
    Summary summary = Summary.of(ProblemList.of(w.report(), w.ctx().grouping()));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(w.bytes()))) {
      List<String> texts = texts(doc);
      int problems = texts.indexOf("一、存在问题");
      int requirements = texts.indexOf("二、整改要求");
      assertThat(problems).isPositive();
      assertThat(requirements).isGreaterThan(problems);
      assertThat(texts.get(problems + 1)).isEqualTo(
          "共检查培训机构（考试点）" + summary.institutions() + "家，共发现隐患和问题 " + summary.items() + " 条（" + summary.findings() + " 处）。");
      assertThat(summary.items()).isEqualTo(37);
      List<String> groupLines = texts.subList(problems + 2, requirements);
      assertThat(groupLines).hasSize(summary.groups().size());
      for (int i = 0; i < summary.groups().size(); i++) {
        Summary.GroupLine g = summary.groups().get(i);
        assertThat(groupLines.get(i)).contains("：" + g.items() + " 条（" + g.findings() + " 处），涉及" + String.join("、", g.institutions()) + "。");
      }
      // No requirements in inspection.yaml: the default paragraph, and the report to the authority (no deadline set).
      assertThat(texts.get(requirements + 1)).startsWith("各培训机构（考试点）要对照附件所列问题逐条整改");
      assertThat(texts.get(requirements + 2)).isEqualTo("整改完成后，请将整改情况书面报送晋城市应急管理局。");
      assertThat(texts).contains("附件：培训机构（考试点）问题清单", "附件", "培训机构（考试点）问题清单");
    }
  }

  @Test
  void requirements_and_deadline_come_from_the_inspection_when_given() throws IOException {
    Written w = jincheng();
    Inspection i = w.report().inspection().orElseThrow();
    Inspection withText = new Inspection(i.id(), i.name(), i.authority(), i.documentNumber(), i.periodStart(), i.periodEnd(),
        i.institutionIds(), i.campaigns(), Optional.empty(), Optional.of(LocalDate.of(2022, 6, 30)), List.of("第一段。", "第二段。"));
    InspectionReport report = new InspectionReport(Optional.of(withText), w.report().institutions(), w.report().profile(), w.report().packs());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(report, w.ctx())))) {
      List<String> texts = texts(doc);
      int requirements = texts.indexOf("二、整改要求");
      assertThat(texts.subList(requirements + 1, requirements + 4))
          .containsExactly("第一段。", "第二段。", "请于2022年6月30日前完成整改，并将整改情况书面报送晋城市应急管理局。");
      // No issue date: the notice is dated the inspection's last day.
      assertThat(texts).contains("2022年4月24日").doesNotContain("2022年5月5日");
    }
  }

  @Test
  void the_annex_table_has_a_repeated_header_and_one_row_per_item_in_the_inspections_order() throws IOException {
    Written w = jincheng();
    ProblemList list = ProblemList.of(w.report(), w.ctx().grouping());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(w.bytes()))) {
      assertThat(doc.getTables()).hasSize(1);
      XWPFTable table = doc.getTables().get(0);
      XWPFTableRow header = table.getRow(0);
      assertThat(header.getTableCells()).extracting(c -> c.getText()).containsExactly("序号", "机构", "存在问题", "备注");
      assertThat(header.isRepeatHeader()).isTrue();
      List<XWPFTableRow> rows = table.getRows().subList(1, table.getRows().size());
      assertThat(rows).hasSize(list.itemCount());
      assertThat(rows.stream().filter(XWPFTableRow::isRepeatHeader)).isEmpty();
      List<String> names = rows.stream().map(r -> r.getCell(1).getText()).filter(s -> !s.isEmpty()).toList();
      assertThat(names).containsExactlyElementsOf(list.institutions().stream().map(e -> e.report().institutionName()).toList());
      assertThat(names.get(0)).isEqualTo("晋城市应急管理资格考试中心");
      int row = 0;
      for (ProblemList.Entry e : list.institutions()) {
        for (ProblemList.Item item : e.items()) {
          assertThat(rows.get(row++).getCell(2).getText()).startsWith(item.number() + "、");
        }
      }
    }
  }

  @Test
  void the_footers_number_the_pages() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(jincheng().bytes()))) {
      assertThat(doc.getFooterList()).hasSize(2);
      for (XWPFFooter f : doc.getFooterList()) {
        XWPFParagraph p = f.getParagraphs().get(0);
        assertThat(p.getCTP().xmlText()).contains("PAGE");
        assertThat(p.getCTP().getFldSimpleArray()).singleElement().satisfies(fld -> assertThat(fld.getInstr().trim()).isEqualTo("PAGE"));
        assertThat(p.getText()).startsWith("— ").endsWith(" —");
        assertThat(p.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("宋体");
        assertThat(p.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(14.0);
      }
    }
  }

  @Test
  void same_input_same_bytes_with_entries_and_properties_dated_from_the_inspection() throws IOException {
    Written w = jincheng();
    assertThat(write(w.report(), w.ctx())).isEqualTo(w.bytes());
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(w.bytes()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDate.of(2022, 5, 5).atStartOfDay());
      }
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(w.bytes()))) {
      assertThat(doc.getProperties().getCoreProperties().getCreated().toInstant()).hasToString("2022-05-05T00:00:00Z");
    }
  }

  @Test
  void hostile_text_stays_text_and_control_characters_are_dropped() throws IOException {
    String name = "<script>alert(1)</script>=1+1\u0001\u0007\u000b甲机构\uFFFF";
    Institution hostile = Fixtures.cleanTrainingOnly().with(b -> b.name(name));
    Inspector inspector = Inspector.builder().discoverPacks(false).build();
    Inspection inspection = new Inspection("x", "检查\u0000<b>名称</b>&amp;", "某市应急管理局", Optional.of("某〔2022〕1号"),
        LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 2), List.of(), List.of());
    InspectionReport report = inspector.report(Optional.of(inspection), List.of(inspector.inspect(hostile)));
    byte[] bytes = write(report, ReportContext.of(inspector));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      assertThat(texts(doc)).contains("检查<b>名称</b>&amp;");
      assertThat(doc.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("<script>alert(1)</script>=1+1甲机构");
    }
    String documentXml = entry(bytes, "word/document.xml");
    assertThat(documentXml).contains("&lt;script>alert(1)&lt;/script>=1+1甲机构").doesNotContain("<script>");
  }

  private static String entry(byte[] docx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name);
  }
}
