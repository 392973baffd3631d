package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ducha.engine.InspectionReport;
import org.ducha.finding.Finding;
import org.ducha.formats.DataFormat;
import org.ducha.formats.JsonReportWriter;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ducha inspect --baseline --plan --waivers} and {@code ducha diff}. */
class TrackingCliTest {

  @TempDir
  Path dir;

  private Path first;
  private Path second;
  private Path baseline;
  private Finding notIndependent;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** An institution that is an internal department: one MAJOR finding about the institution itself. */
  private static Institution department() {
    return Fixtures.cleanInstitution().with(b -> b.legalForm(LegalForm.INTERNAL_DEPARTMENT).parentOrganisation("某集团公司"));
  }

  private Path folder(String name, Institution i) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f);
    Files.writeString(f.resolve("a.yaml"), DataFormat.YAML.writeString(i), StandardCharsets.UTF_8);
    return f;
  }

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @BeforeEach
  void firstInspection() throws IOException {
    first = folder("first", department());
    second = folder("second", department().with(b -> b.inspectedOn(Fixtures.INSPECTION_DATE.plusMonths(5))));
    baseline = dir.resolve("first.json");
    Run r = run("inspect", first.toString(), "--format", "json", "--out", baseline.toString());
    assertThat(r.code()).as(r.err()).isZero();
    InspectionReport report = JsonReportWriter.read(baseline);
    notIndependent = report.findings().filter(f -> f.checkId().equals("governance.legal-entity.not-independent")).findFirst().orElseThrow();
  }

  private String planFor(String fingerprint, String deadline) {
    return "items:\n  - fingerprint: " + fingerprint + "\n    responsible: 张三\n    deadline: " + deadline + "\n";
  }

  @Test
  void the_report_marks_persisting_findings_and_keeps_the_notice_layout_without_a_baseline() {
    Run plain = run("inspect", second.toString());
    Run tracked = run("inspect", second.toString(), "--baseline", baseline.toString());

    assertThat(tracked.code()).as(tracked.err()).isZero();
    assertThat(plain.out()).contains("| 序号 | 机构 | 存在问题 | 备注 |").doesNotContain("整改跟踪");
    assertThat(tracked.out()).contains("| 序号 | 机构 | 存在问题 | 整改跟踪 | 备注 |").contains("仍存在；首次发现：")
        .contains("新发现 0 处，仍存在");
  }

  @Test
  void an_overdue_finding_is_raised_and_counts_for_fail_on_at_its_raised_severity() throws IOException {
    Path plan = file("plan.yaml", planFor(notIndependent.fingerprint(), Fixtures.INSPECTION_DATE.plusMonths(2).toString()));
    String[] args = {"inspect", second.toString(), "--baseline", baseline.toString(), "--plan", plan.toString()};

    Run r = run(args);
    assertThat(r.out()).contains("逾期未整改").contains("责任人：张三").contains("严重程度由“较重”升为“严重”");
    assertThat(run("inspect", second.toString(), "--fail-on", "CRITICAL").code()).isEqualTo(Main.OK);
    String[] failing = java.util.Arrays.copyOf(args, args.length + 2);
    failing[args.length] = "--fail-on";
    failing[args.length + 1] = "CRITICAL";
    assertThat(run(failing).code()).isEqualTo(Main.FINDINGS);
  }

  @Test
  void a_waived_finding_stays_in_the_report_and_does_not_count_for_fail_on() throws IOException {
    Path waivers = file("waivers.yaml", """
        waivers:
          - fingerprint: %s
            justification: 机构正在办理独立法人登记
            approvedBy: 市应急管理局教育训练科
            approvedOn: %s
            expires: %s
        """.formatted(notIndependent.fingerprint(), Fixtures.INSPECTION_DATE, Fixtures.INSPECTION_DATE.plusMonths(11)));
    Run r = run("inspect", second.toString(), "--baseline", baseline.toString(), "--waivers", waivers.toString(), "--fail-on", "MAJOR");

    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("已豁免").contains("机构正在办理独立法人登记").contains("已适用：");
  }

  @Test
  void a_waiver_with_no_expiry_or_beyond_the_horizon_is_refused_with_its_place() throws IOException {
    Path waivers = file("waivers.yaml", """
        waivers:
          - fingerprint: %s
            justification: 机构正在办理独立法人登记
            approvedBy: 市应急管理局教育训练科
            approvedOn: 2022-05-20
          - fingerprint: %s
            justification: 机构正在办理独立法人登记
            approvedBy: 市应急管理局教育训练科
            approvedOn: 2022-05-20
            expires: 2023-08-01
        """.formatted(notIndependent.fingerprint(), notIndependent.fingerprint()));
    Run r = run("inspect", "--locale", "en", second.toString(), "--baseline", baseline.toString(), "--waivers", waivers.toString());

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    // Both waivers name one finding, which is refused too; a waiver's place is where its first field starts.
    assertThat(r.err()).contains("3 problem(s)")
        .contains("waivers.yaml:2:5: waivers[0].expires: missing: a waiver must expire")
        .contains("waivers.yaml:6:5: waivers[1] = '" + notIndependent.fingerprint() + "': names the same findings as waivers[0]")
        .contains("waivers.yaml:10:14: waivers[1].expires = '2023-08-01': beyond the maximum horizon: more than 365 days after approvedOn 2022-05-20");
    assertThat(run("inspect", second.toString(), "--baseline", baseline.toString(), "--waivers", waivers.toString(), "--waiver-horizon", "500")
        .err()).doesNotContain("waivers[1].expires").contains("waivers[0].expires");
  }

  @Test
  void an_expired_or_unused_waiver_is_reported() throws IOException {
    Path waivers = file("waivers.yaml", """
        waivers:
          - fingerprint: %s
            justification: 机构正在办理独立法人登记
            approvedBy: 市应急管理局教育训练科
            approvedOn: %s
            expires: %s
          - check: governance.legal-entity.not-independent
            institution: nowhere
            subject: institution:nowhere
            justification: 写错了机构
            approvedBy: 市应急管理局教育训练科
            approvedOn: %s
            expires: %s
        """.formatted(notIndependent.fingerprint(), Fixtures.INSPECTION_DATE, Fixtures.INSPECTION_DATE.plusMonths(1),
        Fixtures.INSPECTION_DATE, Fixtures.INSPECTION_DATE.plusMonths(11)));
    Run r = run("inspect", second.toString(), "--baseline", baseline.toString(), "--waivers", waivers.toString(), "--fail-on", "MAJOR");

    assertThat(r.code()).isEqualTo(Main.FINDINGS);
    assertThat(r.out()).contains("已过期，不再适用").contains("未使用（未对应本次任何问题）：governance.legal-entity.not-independent @ nowhere");
    assertThat(r.err()).contains("豁免已于 ").contains("豁免未对应本次督查的任何问题（未使用）：");
  }

  @Test
  void plan_and_waivers_need_a_baseline_and_a_bad_plan_is_reported_with_its_place() throws IOException {
    Path plan = file("plan.yaml", "items:\n  - fingerprint: 123\n    responsible: 张三\n");
    assertThat(run("inspect", second.toString(), "--plan", plan.toString()).err()).contains("--plan 和 --waivers 需同时给出 --baseline");
    Run r = run("inspect", "--locale", "en", second.toString(), "--baseline", baseline.toString(), "--plan", plan.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("plan.yaml:2:18: items[0].fingerprint = '123'").contains("plan.yaml:2:5: items[0].deadline: missing");
    // In the command's language: Chinese by default.
    assertThat(run("inspect", second.toString(), "--baseline", baseline.toString(), "--plan", plan.toString()).err())
        .contains("plan.yaml:2:5: items[0].deadline: 缺少：每一项都须有整改期限，YYYY-MM-DD");
  }

  @Test
  void a_tracked_json_report_is_the_baseline_of_the_next_and_diff_prints_what_changed() throws IOException {
    Path secondJson = dir.resolve("second.json");
    assertThat(run("inspect", second.toString(), "--baseline", baseline.toString(), "--format", "json", "--out", secondJson.toString()).code()).isZero();
    Path third = folder("third", Fixtures.cleanInstitution().with(b -> b.inspectedOn(Fixtures.INSPECTION_DATE.plusMonths(10))));
    Path thirdJson = dir.resolve("third.json");
    assertThat(run("inspect", third.toString(), "--baseline", secondJson.toString(), "--format", "json", "--out", thirdJson.toString()).code()).isZero();

    Run diff = run("diff", secondJson.toString(), thirdJson.toString());
    assertThat(diff.code()).as(diff.err()).isZero();
    assertThat(diff.out()).contains("1. 示例市安全技术培训中心").contains("已整改 1 处")
        .contains("- governance.legal-entity.not-independent").contains("首次发现：" + zh(Fixtures.INSPECTION_DATE));

    Run en = run("diff", baseline.toString(), secondJson.toString(), "--locale", "en");
    assertThat(en.out()).contains("Persisting 1").contains("= governance.legal-entity.not-independent");
    assertThat(run("diff", baseline.toString(), dir.resolve("none.json").toString()).code()).isEqualTo(Main.BAD_INPUT);
  }

  private static String zh(java.time.LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
