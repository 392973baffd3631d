package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InvalidRecordsException;
import org.ducha.tracking.FindingRef;
import org.ducha.tracking.RectificationPlan;
import org.ducha.tracking.Waiver;
import org.junit.jupiter.api.Test;

/** The rectification-plan and waiver readers: what they accept, and every problem at once, located. */
class TrackingFilesTest {

  private static final String FP = FindingRef.of("governance.rules.not-issued", "huagang", "institution:huagang").exactFingerprint().orElseThrow();

  private static RectificationPlan plan(String yaml) {
    return RectificationPlanReader.read(yaml.getBytes(StandardCharsets.UTF_8), DataFormat.YAML, "plan.yaml");
  }

  private static List<Waiver> waivers(String yaml, int horizon) {
    return WaiverReader.read(yaml.getBytes(StandardCharsets.UTF_8), DataFormat.YAML, "waivers.yaml", horizon);
  }

  private static List<InputProblem> problems(Runnable r) {
    try {
      r.run();
    } catch (InvalidRecordsException e) {
      return e.problems();
    }
    throw new AssertionError("no problem reported");
  }

  @Test
  void a_plan_names_findings_by_fingerprint_or_by_check_institution_and_subject() {
    RectificationPlan p = plan("""
        inspection: jincheng-2022
        overdueSeverityStep: 2
        items:
          - institution: huagang
            check: governance.rules.not-issued
            subject: institution:huagang
            responsible: 张三
            deadline: 2022-07-31
            measures: 以正式文件印发
          - fingerprint: 0123456789abcdef
            responsible: 李四
            deadline: 2022-08-31
          - institution: huagang
            check: archive.not-bound
            responsible: 王五
            deadline: 2022-09-30
        """);
    assertThat(p.overdueSeverityStep()).isEqualTo(2);
    assertThat(p.entries()).hasSize(3);
    assertThat(p.entries().get(2).finding().exact()).as("check and institution alone cover all of its findings").isFalse();
    assertThat(p.entries().get(0).finding().exactFingerprint().orElseThrow()).isEqualTo(FP);
    assertThat(p.entries().get(0).measures()).contains("以正式文件印发");
    assertThat(p.entries().get(1).deadline()).isEqualTo(LocalDate.of(2022, 8, 31));
    assertThat(plan("items: []\n").overdueSeverityStep()).isEqualTo(RectificationPlan.DEFAULT_OVERDUE_STEP);
  }

  @Test
  void a_plan_reports_every_problem_with_its_line() {
    List<InputProblem> problems = problems(() -> plan("""
        overdueSeverityStep: 7
        items:
          - check: governance.rules.not-issued
            subject: institution:huagang
            responsible: 张三
            deadline: 2022-07-31
          - fingerprint: XYZ
            responsible: 李四
            deadline: 2022-13-01
          - fingerprint: %s
            deadline: 2022-07-31
          - institution: huagang
            check: governance.rules.not-issued
            subject: institution:huagang
            responsible: 王五
            dedline: 2022-07-31
        """.formatted(FP)));

    assertThat(problems).extracting(InputProblem::toString).anySatisfy(s -> assertThat(s).startsWith("plan.yaml:1:").contains("overdueSeverityStep = '7'"))
        .anySatisfy(s -> assertThat(s).startsWith("plan.yaml:3:").contains("items[0]").contains("check and institution go together"))
        .anySatisfy(s -> assertThat(s).startsWith("plan.yaml:7:").contains("items[1].fingerprint = 'XYZ'").contains("16 hex digits"))
        .anySatisfy(s -> assertThat(s).startsWith("plan.yaml:9:").contains("items[1].deadline"))
        .anySatisfy(s -> assertThat(s).startsWith("plan.yaml:10:").contains("items[2].responsible").contains("responsible person"))
        .anySatisfy(s -> assertThat(s).contains("items[3]").contains("names the same findings as items[2]"))
        .anySatisfy(s -> assertThat(s).startsWith("plan.yaml:16:").contains("unknown field 'dedline'").contains("deadline"))
        .anySatisfy(s -> assertThat(s).contains("items[3].deadline").contains("missing"));
  }

  @Test
  void waivers_are_read_with_their_reference_approval_and_expiry() {
    List<Waiver> w = waivers("""
        waivers:
          - institution: huagang
            check: governance.rules.not-issued
            subject: institution:huagang
            justification: 新考试点正在建设中
            approvedBy: 市应急管理局教育训练科
            approvedOn: 2022-05-20
            expires: 2022-12-31
        """, 365);
    assertThat(w).singleElement().satisfies(x -> {
      assertThat(x.finding().exactFingerprint().orElseThrow()).isEqualTo(FP);
      assertThat(x.expires()).isEqualTo(LocalDate.of(2022, 12, 31));
      assertThat(x.approvedBy()).isEqualTo("市应急管理局教育训练科");
    });
  }

  @Test
  void a_waiver_with_no_expiry_is_refused_with_a_located_error() {
    List<InputProblem> problems = problems(() -> waivers("""
        waivers:
          - fingerprint: %s
            justification: 新考试点正在建设中
            approvedBy: 市应急管理局教育训练科
            approvedOn: 2022-05-20
        """.formatted(FP), 365));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).contains("waivers.yaml");
      assertThat(p.line()).contains(2);
      assertThat(p.path()).isEqualTo("waivers[0].expires");
      assertThat(p.message()).contains("a waiver must expire").contains("at most 365 days after approvedOn").contains("2023-05-20");
    });
  }

  @Test
  void a_waiver_beyond_the_horizon_is_refused_and_the_horizon_is_configurable() {
    String yaml = """
        waivers:
          - fingerprint: %s
            justification: 新考试点正在建设中
            approvedBy: 市应急管理局教育训练科
            approvedOn: 2022-05-20
            expires: 2023-12-31
          - fingerprint: %s
            justification: 理由
            approvedBy: 某人
            approvedOn: 2022-05-20
            expires: 2022-05-01
        """.formatted(FP, FP);
    List<InputProblem> problems = problems(() -> waivers(yaml, 365));
    assertThat(problems).extracting(InputProblem::toString)
        .containsExactly(
            "waivers.yaml:6:14: waivers[0].expires = '2023-12-31': beyond the maximum horizon: more than 365 days after approvedOn 2022-05-20 (the latest allowed is 2023-05-20)",
            // Both waivers name the same finding: two waivers for one finding are refused.
            "waivers.yaml:7:5: waivers[1] = '" + FP + "': names the same findings as waivers[0]",
            "waivers.yaml:11:14: waivers[1].expires = '2022-05-01': before approvedOn 2022-05-20");
    assertThat(problems(() -> waivers(yaml, 600))).extracting(InputProblem::path).containsExactly("waivers[1]", "waivers[1].expires");
  }

  @Test
  void a_waiver_lacking_justification_approver_and_reference_lists_them_all() {
    List<InputProblem> problems = problems(() -> waivers("""
        waivers:
          - approvedOn: 2022-05-20
            expires: 2022-06-20
        """, 365));
    assertThat(problems).extracting(InputProblem::path)
        .containsExactlyInAnyOrder("waivers[0]", "waivers[0].justification", "waivers[0].approvedBy");
    assertThatThrownBy(() -> waivers("waivers: []\n", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
