package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.InvalidRecordsException;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Inspection;
import org.ducha.tracking.Baseline;
import org.ducha.tracking.FindingRef;
import org.ducha.tracking.PlanEntry;
import org.ducha.tracking.RectificationPlan;
import org.ducha.tracking.TrackedFinding;
import org.ducha.tracking.TrackedReport;
import org.ducha.tracking.Tracker;
import org.ducha.tracking.TrackingState;
import org.ducha.tracking.Waiver;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writers and the JSON report with tracking: states beside items, counts in the summary, and the round trip. */
class TrackingWritersTest {

  static final LocalDate APRIL = LocalDate.of(2022, 4, 24);
  static final LocalDate SEPTEMBER = LocalDate.of(2022, 9, 20);
  static final String CHECK = "demo.room.listed";

  @TempDir
  Path dir;

  private final Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new WritersTest.RoomsPack()).build();

  private static Finding room(String institution, String id, Severity severity) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("room", id);
    args.put("ratio", new BigDecimal("1.25"));
    return new Finding(CHECK, severity, Group.FACILITIES, institution, Subject.of(SubjectKind.ROOM, id, "房间" + id), CHECK, args,
        Map.of(), List.of(), null);
  }

  private static InstitutionReport institution(String id, String name, LocalDate day, Finding... findings) {
    return new InstitutionReport(id, name, id.equals("a"), Optional.of(day), InspectionStatus.INSPECTED, List.of(findings),
        List.of(new CheckOutcome(CHECK, findings.length == 0 ? OutcomeStatus.PASS : OutcomeStatus.FAIL, findings.length, Optional.empty(), Optional.empty())),
        List.of());
  }

  private InspectionReport inspection(String id, String name, LocalDate day, InstitutionReport... institutions) {
    Inspection i = new Inspection(id, name, "某市应急管理局", Optional.empty(), day.minusDays(5), day, List.of("a", "b"), List.of());
    return inspector.report(Optional.of(i), List.of(institutions));
  }

  private final InspectionReport first = inspection("first", "首次检查", APRIL,
      institution("a", "甲机构", APRIL, room("a", "r1", Severity.MAJOR), room("a", "r2", Severity.MAJOR), room("a", "r3", Severity.MINOR)),
      institution("b", "乙机构", APRIL, room("b", "r9", Severity.MAJOR)));
  private final InspectionReport second = inspection("second", "回头看", SEPTEMBER,
      institution("a", "甲机构", SEPTEMBER, room("a", "r1", Severity.MAJOR), room("a", "r2", Severity.MAJOR), room("a", "r4", Severity.MINOR)),
      institution("b", "乙机构", SEPTEMBER));

  private final Waiver applied = new Waiver(FindingRef.to(room("a", "r2", Severity.MAJOR)), "新考试点正在建设中", "<b>教育训练科</b>",
      LocalDate.of(2022, 5, 20), LocalDate.of(2022, 12, 31));
  private final Waiver expired = new Waiver(FindingRef.of(CHECK, "a", "room:r4"), "临时", "教育训练科", LocalDate.of(2022, 5, 20), LocalDate.of(2022, 8, 31));
  private final Waiver unused = new Waiver(FindingRef.of(CHECK, "b", "room:r9"), "已整改前暂缓", "教育训练科", LocalDate.of(2022, 5, 20), LocalDate.of(2022, 12, 31));

  private TrackedReport tracked() {
    RectificationPlan plan = RectificationPlan.of(List.of(
        PlanEntry.of(FindingRef.of(CHECK, "a", "room:r1"), "张三", LocalDate.of(2022, 7, 31)),
        PlanEntry.of(FindingRef.of(CHECK, "a", "room:r3"), "李四", LocalDate.of(2022, 7, 31)),
        PlanEntry.of(FindingRef.of(CHECK, "a", "room:gone"), "王五", LocalDate.of(2022, 7, 31))));
    return Tracker.builder().plan(plan).waivers(List.of(applied, expired, unused)).build().track(Baseline.of(first), second);
  }

  private String write(ReportFormat format, TrackedReport t, Locale locale) throws IOException {
    StringWriter w = new StringWriter();
    ReportWriter.of(format).write(t.report(), ReportContext.of(inspector).withLocale(locale).withTracking(t.tracking()), w);
    return w.toString();
  }

  private Path json(InspectionReport report, ReportContext ctx) throws IOException {
    Path f = Files.createTempFile(dir, "report", ".json");
    try (var w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      new JsonReportWriter().write(report, ctx, w);
    }
    return f;
  }

  @Test
  void markdown_shows_each_items_state_with_the_responsible_person_and_deadline() throws IOException {
    String md = write(ReportFormat.MD, tracked(), MessageCatalog.ZH_CN);

    assertThat(md).contains("| 序号 | 机构 | 存在问题 | 整改跟踪 | 备注 |\n|---|---|---|---|---|\n");
    assertThat(md).contains("与前次检查（首次检查，2022年4月19日至2022年4月24日）相比：新发现 1 处，仍存在 0 处，逾期未整改 1 处，已整改 2 处，已豁免 1 处。");
    assertThat(md).contains("| 序号 | 机构 | 新发现 | 仍存在 | 逾期未整改 | 已整改 | 已豁免 |")
        .contains("| 1 | 甲机构 | 1 | 0 | 1 | 1 | 1 |")
        .contains("| 2 | 乙机构 | 0 | 0 | 0 | 1 | 0 |");
    assertThat(md).contains("新发现 1 处、逾期未整改 1 处、已豁免 1 处；首次发现：2022年4月24日；连续 2 次检查发现；严重程度由“较重”升为“严重”；"
        + "责任人：张三，整改期限：2022年7月31日；豁免至2022年12月31日（&lt;b&gt;教育训练科&lt;/b&gt;批准：新考试点正在建设中）；豁免已于2022年8月31日到期，不再适用");
    assertThat(md).contains("## 整改情况（与前次检查相比）")
        .contains("### 1. 甲机构\n\n- 已整改：房间r3（首次发现：2022年4月24日；责任人：李四，整改期限：2022年7月31日）")
        .contains("### 2. 乙机构\n\n- 已整改：房间r9（首次发现：2022年4月24日）");
    assertThat(md).contains("### 豁免")
        .contains("- 已适用：甲机构 房间r2：房间r2（豁免至2022年12月31日")
        .contains("- 已过期，不再适用：甲机构 房间r4：房间r4（2022年8月31日到期")
        .contains("- 未使用（未对应本次任何问题）：demo.room.listed @ b / room:r9");
    assertThat(md).contains("整改方案中以下条目未对应前次检查的任何问题：demo.room.listed @ a / room:gone");
  }

  @Test
  void html_adds_the_column_and_the_counts_and_escapes_what_the_files_say() throws IOException {
    String html = write(ReportFormat.HTML, tracked(), MessageCatalog.ZH_CN);
    Document doc = Jsoup.parse(html);

    assertThat(doc.select("table").first().select("th").eachText()).containsExactly("序号", "机构", "新发现", "仍存在", "逾期未整改", "已整改", "已豁免");
    assertThat(doc.select("table").get(1).select("th").eachText()).containsExactly("序号", "机构", "存在问题", "整改跟踪", "备注");
    assertThat(doc.select("table").get(1).select("td").eachText()).anySatisfy(t -> assertThat(t).contains("责任人：张三").contains("<b>教育训练科</b>"));
    assertThat(doc.select("b")).isEmpty();
    assertThat(doc.select("ul.gone li").eachText()).contains("已整改：房间r9（首次发现：2022年4月24日）");
    assertThat(doc.select("ul.waivers li")).hasSize(3);
  }

  @Test
  void csv_adds_the_tracking_columns_and_rows_for_the_findings_that_are_gone() throws IOException {
    String csv = write(ReportFormat.CSV, tracked(), MessageCatalog.ZH_CN);
    List<String> lines = List.of(csv.substring(1).split("\r\n"));

    assertThat(lines.get(0)).endsWith(",指纹,整改状态,首次发现,连续发现次数,原严重程度,责任人,整改期限,豁免至,豁免说明");
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",严重,房间r1,").contains(",逾期未整改,2022-04-24,2,较重,张三,2022-07-31,,"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("1,甲机构,true,2022-09-20,,").contains(",已整改,2022-04-24,1,,李四,2022-07-31,,"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2,乙机构,false,2022-09-20,,").contains(",已整改,"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",新发现,2022-09-20,1,,,,2022-08-31,豁免已于2022年8月31日到期，不再适用"));
  }

  @Test
  void both_locales_render_tracking_without_a_missing_key() throws IOException {
    for (Locale locale : MessageCatalog.SUPPORTED) {
      for (ReportFormat f : List.of(ReportFormat.MD, ReportFormat.HTML, ReportFormat.CSV)) {
        assertThat(write(f, tracked(), locale)).as("%s %s", f, locale).doesNotContain("⟦");
      }
    }
    assertThat(write(ReportFormat.MD, tracked(), MessageCatalog.EN)).contains("| No. | Institution | Problems | Follow-up | Remarks |")
        .contains("responsible: 张三, deadline 31 July 2022");
  }

  @Test
  void without_tracking_the_writers_write_what_they_always_wrote() throws IOException {
    for (ReportFormat f : ReportFormat.values()) {
      StringWriter plain = new StringWriter();
      ReportWriter.of(f).write(second, ReportContext.of(inspector), plain);
      assertThat(plain.toString()).as(f.name()).doesNotContain("整改跟踪").doesNotContain("tracking").doesNotContain("整改状态");
    }
  }

  @Test
  void the_json_report_carries_the_tracking_and_reads_back_equal() throws IOException {
    TrackedReport t = tracked();
    Path file = json(t.report(), ReportContext.of(inspector).withTracking(t.tracking()));

    assertThat(JsonReportWriter.readTracked(file)).contains(t);
    assertThat(JsonReportWriter.read(file)).isEqualTo(t.report());
    var tree = DataFormat.JSON.mapper().readTree(file.toFile());
    var gone = tree.get("tracking").get("institutions").get(0).get("findings").get(3);
    assertThat(gone.get("state").asString()).isEqualTo("RESOLVED");
    assertThat(gone.get("finding").get("checkId").asString()).as("a gone finding is written in full").isEqualTo(CHECK);
    assertThat(tree.get("tracking").get("institutions").get(0).get("findings").get(0).has("finding"))
        .as("a current finding is named by fingerprint only").isFalse();
  }

  @Test
  void a_report_with_tracking_is_the_baseline_of_the_third_inspection() throws IOException {
    TrackedReport t = tracked();
    Path file = json(t.report(), ReportContext.of(inspector).withTracking(t.tracking()));
    LocalDate march = LocalDate.of(2023, 3, 15);
    InspectionReport third = inspection("third", "再次检查", march, institution("a", "甲机构", march, room("a", "r1", Severity.MAJOR), room("a", "r4", Severity.MINOR)));

    TrackedReport three = Tracker.plain().track(JsonReportWriter.readBaseline(file), third);
    TrackedFinding r1 = three.tracking().find(room("a", "r1", Severity.MAJOR).fingerprint()).orElseThrow();
    assertThat(r1).extracting(TrackedFinding::state, TrackedFinding::firstSeen, TrackedFinding::inspections)
        .containsExactly(TrackingState.PERSISTING, APRIL, 3);
    TrackedFinding r4 = three.tracking().find(room("a", "r4", Severity.MINOR).fingerprint()).orElseThrow();
    assertThat(r4).extracting(TrackedFinding::state, TrackedFinding::firstSeen, TrackedFinding::inspections)
        .containsExactly(TrackingState.PERSISTING, SEPTEMBER, 2);
    assertThat(three.tracking().baseline().map(Inspection::id)).contains("second");
  }

  @Test
  void a_plain_report_reads_back_with_fractions_exact_and_no_tracking() throws IOException {
    Path file = json(first, ReportContext.of(inspector));
    assertThat(JsonReportWriter.read(file)).isEqualTo(first);
    assertThat(JsonReportWriter.read(file).findings().findFirst().orElseThrow().arguments().get("ratio")).isEqualTo(new BigDecimal("1.25"));
    assertThat(JsonReportWriter.readTracked(file)).isEmpty();
    assertThat(JsonReportWriter.readBaseline(file).entries()).hasSize(4);
  }

  @Test
  void a_broken_tracking_section_is_reported_with_its_place() throws IOException {
    TrackedReport t = tracked();
    Path file = json(t.report(), ReportContext.of(inspector).withTracking(t.tracking()));
    String text = Files.readString(file);
    String fp = t.tracking().institutions().get(0).findings().get(0).fingerprint();
    int at = text.indexOf("\"tracking\"");
    Files.writeString(file, text.substring(0, at) + text.substring(at).replaceFirst(fp, "ffffffffffffffff"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> JsonReportWriter.readBaseline(file)).isInstanceOf(InvalidRecordsException.class)
        .hasMessageContaining("tracking.institutions[0].findings[0].fingerprint = 'ffffffffffffffff': no finding of the report has this fingerprint")
        .hasMessageMatching("(?s).*report\\d*\\.json:\\d+:\\d+: tracking.*");
  }

  @Test
  void the_same_tracked_report_gives_the_same_bytes() throws IOException {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      a.add(write(f, tracked(), MessageCatalog.ZH_CN));
      b.add(write(f, tracked(), MessageCatalog.ZH_CN));
    }
    assertThat(a).isEqualTo(b);
  }
}
