package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.check.RegulationRef;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Group;
import org.ducha.finding.Subject;
import org.ducha.model.Institution;
import org.ducha.model.Room;
import org.ducha.testkit.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The writers, over a small pack whose findings carry whatever text the records hold. */
class WritersTest {

  /** Reports every room by name, with the name as argument and evidence: record text reaches every writer. */
  public static final class RoomsPack implements CheckPack {
    @Override public String id() { return "demo"; }
    @Override public String version() { return "1"; }
    @Override public List<Check> checks() { return List.of(new RoomCheck()); }
    @Override public String messageBundle() { return "org/ducha/formats/demo"; }
  }

  static final class RoomCheck implements Check {
    private static final CheckDescriptor D = CheckDescriptor.builder("demo.room.listed", Group.FACILITIES)
        .regulation(RegulationRef.projectJudgement("test")).build();

    @Override public CheckDescriptor descriptor() { return D; }

    @Override public void inspect(Institution institution, CheckContext context) {
      for (Room r : institution.rooms()) {
        context.finding(Subject.room(r)).arg("room", r.name()).evidence("room", r.name()).emit();
      }
    }
  }

  private static final String MARKUP = "<script>alert('x')</script><b>粗</b>&amp;";

  private final Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new RoomsPack()).build();

  private InspectionReport report(Institution... institutions) {
    List<InstitutionReport> reports = new java.util.ArrayList<>();
    for (Institution i : institutions) {
      reports.add(inspector.inspect(i));
    }
    return inspector.report(Optional.empty(), reports);
  }

  private static Institution withRoomNamed(String name, String institutionName) {
    return Fixtures.cleanTrainingOnly().with(b -> {
      b.name(institutionName);
      b.rooms.replaceAll(r -> r.id().equals(Fixtures.ROOM_CLASSROOM)
          ? new Room(r.id(), name, r.kind(), r.areaSquareMetres(), r.seats(), r.fixed(), r.videoSurveillance(), r.identityVerification(), r.operationTypes())
          : r);
      return b;
    });
  }

  private String write(ReportFormat format, InspectionReport report, java.util.Locale locale) throws IOException {
    StringWriter w = new StringWriter();
    ReportWriter.of(format).write(report, ReportContext.of(inspector).withLocale(locale), w);
    return w.toString();
  }

  @Test
  void html_shows_markup_in_records_and_messages_as_text() throws IOException {
    InspectionReport report = report(withRoomNamed(MARKUP, "机构" + MARKUP));
    String html = write(ReportFormat.HTML, report, MessageCatalog.ZH_CN);

    Document doc = Jsoup.parse(html);
    // The one script is the writer's own filter script, with nothing of the records in it.
    assertThat(doc.select("script")).singleElement().satisfies(s -> assertThat(s.data()).isEqualTo("\n" + HtmlWriter.SCRIPT));
    assertThat(doc.select("td b")).isEmpty();
    assertThat(doc.select("table").text()).contains("机构" + MARKUP).contains("房间" + MARKUP);
    assertThat(doc.select("svg text").eachText()).anySatisfy(t -> assertThat(t).contains("机构" + MARKUP));
    assertThat(html).doesNotContain("<script>alert").doesNotContain("http://").doesNotContain("https://")
        .doesNotContain("<link").doesNotContain("<img");
  }

  @Test
  void html_problems_of_unreadable_input_are_escaped_too() throws IOException {
    InstitutionReport bad = InstitutionReport.notInspected("x", "坏<i>文件</i>", false, Optional.empty(),
        List.of(InputProblem.of("name", "<img src=x>", "must not be blank").at("x.json", 3, 4)));
    String html = write(ReportFormat.HTML, inspector.report(Optional.empty(), List.of(bad)), MessageCatalog.EN);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("img")).isEmpty();
    assertThat(doc.select("i")).isEmpty();
    assertThat(doc.select("ul.problems li").text()).contains("<img src=x>").contains("x.json:3:4");
  }

  @Test
  void csv_neutralises_formulas_and_starts_with_a_byte_order_mark() throws IOException {
    InspectionReport report = report(withRoomNamed("=HYPERLINK(\"http://evil\")", "+机构"),
        withRoomNamed("@SUM(A1)", "-机构").with(b -> b.id("second")));
    String csv = write(ReportFormat.CSV, report, MessageCatalog.ZH_CN);

    assertThat(csv).startsWith("\uFEFF序号,机构,");
    for (String line : csv.substring(1).split("\r\n")) {
      for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)) {
        String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertThat(unquoted).as("cell %s", cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
      }
    }
    assertThat(csv).contains("'+机构").contains("'-机构").contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
  }

  @Test
  void csv_cell_rules() {
    assertThat(CsvWriter.cell("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvWriter.cell("\tx")).isEqualTo("'\tx");
    assertThat(CsvWriter.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvWriter.cell("普通")).isEqualTo("普通");
  }

  @Test
  void markdown_escapes_pipes_and_markup_in_cells() throws IOException {
    String md = write(ReportFormat.MD, report(withRoomNamed("a|b<i>c</i>", "机构")), MessageCatalog.ZH_CN);
    assertThat(md).contains("a\\|b&lt;i&gt;c&lt;/i&gt;").doesNotContain("<i>");
    assertThat(md).contains("| 序号 | 机构 | 存在问题 | 备注 |");
  }

  @Test
  void json_keeps_fingerprints_outcomes_profile_and_pack_versions() throws IOException {
    InspectionReport report = report(withRoomNamed("教室", "机构"));
    String json = write(ReportFormat.JSON, report, MessageCatalog.ZH_CN);
    var tree = DataFormat.JSON.mapper().readTree(json);
    var finding = tree.get("institutions").get(0).get("findings").get(0);
    assertThat(finding.get("fingerprint").asString()).isEqualTo(report.institutions().get(0).findings().get(0).fingerprint());
    assertThat(finding.get("checkId").asString()).isEqualTo("demo.room.listed");
    assertThat(tree.get("institutions").get(0).get("outcomes").get(0).get("status").asString()).isEqualTo("FAIL");
    assertThat(tree.get("profile").get("name").asString()).isEqualTo("default");
    assertThat(tree.get("packs").get(0).get("version").asString()).isEqualTo("1");
  }

  @Test
  void the_same_report_gives_the_same_bytes_in_every_format() throws IOException {
    for (ReportFormat f : ReportFormat.values()) {
      String a = write(f, report(withRoomNamed("教室", "机构")), MessageCatalog.ZH_CN);
      String b = write(f, report(withRoomNamed("教室", "机构")), MessageCatalog.ZH_CN);
      assertThat(a).as(f.name()).isEqualTo(b);
    }
  }

  @Test
  void both_locales_render_without_a_missing_key() throws IOException {
    InspectionReport report = report(withRoomNamed("教室", "机构"));
    for (var locale : MessageCatalog.SUPPORTED) {
      for (ReportFormat f : List.of(ReportFormat.MD, ReportFormat.HTML, ReportFormat.CSV)) {
        assertThat(write(f, report, locale)).as("%s %s", f, locale).doesNotContain("⟦");
      }
    }
    assertThat(write(ReportFormat.MD, report, MessageCatalog.EN)).contains("| No. | Institution | Problems | Remarks |");
  }

  @Test
  void summary_counts_items_and_names_the_institutions() throws IOException {
    String md = write(ReportFormat.MD, report(withRoomNamed("教室", "甲机构"), withRoomNamed("教室", "乙机构").with(b -> b.id("b"))), MessageCatalog.ZH_CN);
    assertThat(md).contains("共检查培训机构（考试点）2家，共发现隐患和问题 2 条（6 处）");
    assertThat(md).contains("涉及甲机构、乙机构");
  }
}
