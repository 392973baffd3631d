package org.ducha.checks.archive;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.ducha.check.Check;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Group;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ArchivePackTest {

  /** Every check of the pack; a check removed or added without updating this list fails the build. */
  private static final List<String> IDS = List.of(
      "archive.assessment-form.incomplete",
      "archive.assessment-form.missing",
      "archive.assessment-form.unsealed",
      "archive.attendance.absence-without-leave",
      "archive.attendance.daily-hours-exceeded",
      "archive.attendance.double-presence",
      "archive.attendance.during-leave",
      "archive.attendance.hours-exceed-presence",
      "archive.attendance.no-time",
      "archive.attendance.unsigned",
      "archive.class.mixed-operation-types",
      "archive.entrustment-agreement.missing",
      "archive.evaluation-report.missing",
      "archive.evaluation-report.unsealed",
      "archive.exam.examiner-taught-class",
      "archive.exam.hours-short",
      "archive.exam.practical-not-filed",
      "archive.exam.practical-not-held",
      "archive.exam.score-sheet-unsigned",
      "archive.exam.score-without-attendance",
      "archive.head-teacher-log.missing",
      "archive.lesson.compressed",
      "archive.lesson.content-mismatch",
      "archive.lesson.exam-drilling",
      "archive.lesson.not-delivered",
      "archive.lesson-record.compressed",
      "archive.not-bound",
      "archive.online.incomplete",
      "archive.online.no-archive",
      "archive.online.not-bound",
      "archive.plan-execution.hours-mismatch",
      "archive.plan-execution.missing",
      "archive.plan-execution.unsigned",
      "archive.practical-record.missing",
      "archive.survey.missing",
      "archive.teacher.unsigned");

  /** Message keys a check may use besides its own id. */
  private static final List<String> VARIANT_KEYS = List.of(
      EvaluationReportUnsealed.NO_SEAL, EvaluationReportUnsealed.NO_DATE,
      ExamScoreSheetUnsigned.PARTIAL,
      ArchiveNotBound.TRAINING, ArchiveNotBound.EXAM);

  private final ArchivePack pack = new ArchivePack();

  @Test
  void the_pack_holds_exactly_the_listed_checks_sorted_by_id() {
    List<String> ids = pack.checks().stream().map(c -> c.descriptor().id()).toList();
    Assertions.assertThat(ids).containsExactlyElementsOf(IDS);
  }

  @Test
  void the_pack_holds_exactly_the_listed_inspection_scope_checks() {
    Assertions.assertThat(pack.inspectionChecks()).extracting(c -> c.descriptor().id()).containsExactly("archive.attendance.cross-institution");
  }

  @Test
  void every_check_belongs_to_the_archive_group_and_cites_a_rule() {
    for (Check c : pack.checks()) {
      CheckDescriptor d = c.descriptor();
      Assertions.assertThat(d.group()).as(d.id()).isEqualTo(Group.ARCHIVE);
      Assertions.assertThat(d.regulations()).as(d.id()).isNotEmpty();
      Assertions.assertThat(d.id()).startsWith(pack.id() + ".");
    }
  }

  @Test
  void zero_findings_on_the_clean_institution() {
    InstitutionReport report = CheckTester.forPack(pack).inspect(Fixtures.cleanInstitution());
    assertThat(report).hasNoFindings();
  }

  @Test
  void zero_findings_on_the_clean_training_only_institution() {
    assertThat(CheckTester.forPack(pack).inspect(Fixtures.cleanTrainingOnly())).hasNoFindings();
  }

  @Test
  void both_bundles_ship_the_same_keys_and_every_key_the_checks_use() {
    Inspector inspector = CheckTester.forPack(pack).inspector();
    Map<String, Set<String>> shipped = inspector.messages().shippedKeys().get(pack.id());
    Assertions.assertThat(shipped.get("en")).isEqualTo(shipped.get("zh_CN"));
    List<String> needed = new ArrayList<>(VARIANT_KEYS);
    for (Check c : pack.checks()) {
      CheckDescriptor d = c.descriptor();
      needed.add(d.messageKey());
      needed.add(d.titleKey());
      for (Parameter<?> p : d.parameters()) {
        needed.add(p.descriptionKey());
      }
    }
    for (List<String> combo : List.of(List.of("management"), List.of("teacher"), List.of("trainee"),
        List.of("management", "teacher"), List.of("management", "trainee"), List.of("teacher", "trainee"))) {
      needed.add(SurveyMissing.messageKey(combo));
    }
    Assertions.assertThat(shipped.get("zh_CN")).containsAll(needed);
    Assertions.assertThat(shipped.get("en")).containsAll(needed);
  }

  @Test
  void messages_end_without_a_full_stop() {
    Inspector inspector = CheckTester.forPack(pack).inspector();
    for (String key : inspector.messages().shippedKeys().get(pack.id()).get("zh_CN")) {
      String zh = inspector.messages().text(key, MessageCatalog.ZH_CN).orElseThrow();
      String en = inspector.messages().text(key, MessageCatalog.EN).orElseThrow();
      Assertions.assertThat(zh).as(key).doesNotEndWith("。");
      if (!key.contains(".param.")) {
        Assertions.assertThat(en).as(key).doesNotEndWith(".");
      }
    }
  }

  @Test
  void the_same_records_give_the_same_findings_on_several_threads() throws Exception {
    var inst = JinchengItemsTest.lowVoltageClassOf2021();
    CheckTester tester = CheckTester.forPack(pack);
    Inspector inspector = tester.inspector();
    List<String> expected = describe(inspector.inspect(inst));
    Assertions.assertThat(expected).isNotEmpty();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> describe(inspector.inspect(inst))));
      }
      for (var run : runs) {
        Assertions.assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static List<String> describe(InstitutionReport report) {
    return report.findings().stream().map(f -> f.checkId() + " " + f.subject().key() + " " + f.arguments() + " " + f.evidence()).toList();
  }
}
