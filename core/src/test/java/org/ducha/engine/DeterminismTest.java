package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ducha.check.Campaigns;
import org.ducha.finding.Finding;
import org.ducha.model.ExamSite;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;
import org.ducha.model.TestFixtures;
import org.junit.jupiter.api.Test;

/** Same input, same output: in parallel or not, run after run, findings and their text come out alike. */
class DeterminismTest {

  private static final Profile PROFILE = Profile.builder("determinism").campaign(Campaigns.ZOUGUOCHANG_2021).build();

  private static Inspector inspector(int parallelism) {
    return Inspector.builder().discoverPacks(false).addPacks(new DemoPack())
        .profile(PROFILE).parallelism(parallelism).build();
  }

  /** Institution {@code i} of a batch, with a mix of defects (and one with invalid records). */
  private static Institution institution(int i) {
    return TestFixtures.institution(String.format("inst-%02d", i)).with(b -> {
      if (i % 2 == 0) {
        b.rooms.clear();
      } else if (i % 5 == 0) {
        b.rooms.set(0, TestFixtures.classroom(TestFixtures.CLASSROOM, "50", 64));
      }
      if (i % 3 == 0) {
        b.classes.add(TestFixtures.trainingClass("c-big", TestFixtures.trainees(51 + i)));
      }
      if (i % 4 == 0) {
        b.examSite(new ExamSite("考试点", Optional.empty(), Optional.empty(), List.of()));
      }
      if (i % 7 == 0) {
        b.headId(null);
      }
      if (i % 6 != 0) {
        b.selfInspections.add(new org.ducha.model.SelfInspection(LocalDate.of(2022, 1, 10), "自查"));
      }
      if (i == 17) {
        b.name(" ");
      }
      return b;
    });
  }

  private static Stream<Institution> batch() {
    return IntStream.range(0, 50).mapToObj(DeterminismTest::institution);
  }

  /** Everything a writer would print of a report, in both languages. */
  private static String rendered(Inspector inspector, List<InstitutionReport> reports) {
    MessageCatalog messages = inspector.messages();
    StringBuilder sb = new StringBuilder();
    for (InstitutionReport r : reports) {
      sb.append(r.institutionId()).append(' ').append(r.status()).append('\n');
      for (Finding f : r.findings()) {
        sb.append("  ").append(f.checkId()).append(' ').append(f.severity()).append(' ').append(f.fingerprint())
            .append(' ').append(f.subject().fullLabel()).append('\n')
            .append("    ").append(messages.message(f, MessageCatalog.ZH_CN)).append('\n')
            .append("    ").append(messages.message(f, MessageCatalog.EN)).append('\n');
      }
      for (CheckOutcome o : r.outcomes()) {
        sb.append("  ").append(o.checkId()).append(' ').append(o.status()).append(' ').append(o.detail().orElse("")).append('\n');
      }
      for (InputProblem p : r.problems()) {
        sb.append("  ").append(p).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  void a_parallel_run_gives_the_same_reports_in_the_same_order_as_a_sequential_run() {
    Inspector sequential = inspector(1);
    Inspector parallel = inspector(2);

    List<InstitutionReport> one;
    try (Stream<InstitutionReport> s = sequential.inspectEach(batch())) {
      one = s.toList();
    }
    List<InstitutionReport> two;
    try (Stream<InstitutionReport> s = parallel.inspectEach(batch())) {
      two = s.toList();
    }

    assertThat(two).hasSize(50).isEqualTo(one);
    assertThat(two).extracting(InstitutionReport::institutionId)
        .isEqualTo(IntStream.range(0, 50).mapToObj(i -> String.format("inst-%02d", i)).toList());
    assertThat(rendered(parallel, two)).isEqualTo(rendered(sequential, one));
    // the batch is not trivial: findings of every demo check that can fire, and one institution not inspected
    assertThat(one.stream().flatMap(r -> r.findings().stream()).map(Finding::checkId).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(DemoPack.ROOMS_NONE, DemoPack.CLASSROOM_TOO_SMALL, DemoPack.CLASS_TOO_LARGE,
            DemoPack.EXAM_SITE_NO_ROOM, DemoPack.CAMPAIGN_NO_SELF_INSPECTION, DemoPack.RETIRED_RULE_NO_HEAD);
    assertThat(one).filteredOn(r -> r.status() == InspectionStatus.NOT_INSPECTED)
        .extracting(InstitutionReport::institutionId).containsExactly("inst-17");
  }

  @Test
  void a_parallel_batch_report_equals_a_sequential_one() {
    InspectionReport one = inspector(1).inspect(Optional.empty(), batch());
    InspectionReport two = inspector(2).inspect(Optional.empty(), batch());

    assertThat(two).isEqualTo(one);
  }

  @Test
  void the_same_input_twice_gives_equal_reports_and_equal_text() {
    Inspector inspector = inspector(1);

    List<InstitutionReport> first = batch().map(inspector::inspect).toList();
    List<InstitutionReport> second = batch().map(inspector::inspect).toList();
    String firstText = rendered(inspector, first);
    String secondText = rendered(inspector(1), second);

    assertThat(second).isEqualTo(first);
    assertThat(secondText).isEqualTo(firstText).contains("inst-04", "2022年3月7日", "7 March 2022");
  }

  @Test
  void findings_come_by_group_then_check_id_and_outcomes_by_check_id() {
    InstitutionReport report = inspector(1).inspect(institution(84));

    // governance (10), archive (20), staffing (30), facilities (40)
    assertThat(report.findings()).extracting(Finding::checkId).containsExactly(
        DemoPack.CAMPAIGN_NO_SELF_INSPECTION, DemoPack.CLASS_TOO_LARGE, DemoPack.RETIRED_RULE_NO_HEAD,
        DemoPack.EXAM_SITE_NO_ROOM, DemoPack.ROOMS_NONE);
    List<String> outcomeIds = report.outcomes().stream().map(CheckOutcome::checkId).toList();
    List<String> sorted = new ArrayList<>(outcomeIds);
    sorted.sort(null);
    assertThat(outcomeIds).hasSize(6).isEqualTo(sorted);
  }

  @Test
  void a_batch_report_follows_the_order_of_the_inspection() {
    Inspection inspection = new Inspection("city-2022", "培训机构督查", "示例市应急管理局", Optional.empty(),
        LocalDate.of(2022, 4, 18), LocalDate.of(2022, 4, 22), List.of("inst-02", "inst-00"), List.of());

    InspectionReport report = inspector(2).inspect(Optional.of(inspection), batch().limit(3));

    assertThat(report.institutions()).extracting(InstitutionReport::institutionId).containsExactly("inst-02", "inst-00", "inst-01");
    assertThat(report.inspection()).contains(inspection);
  }
}
