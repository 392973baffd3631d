package org.ducha.examples.jincheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ducha.cli.Main;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.Inspector;
import org.ducha.finding.Severity;
import org.ducha.formats.InspectionFiles;
import org.ducha.formats.JsonReportWriter;
import org.ducha.formats.RectificationPlanReader;
import org.ducha.formats.ReportContext;
import org.ducha.formats.WaiverReader;
import org.ducha.model.Inspection;
import org.ducha.tracking.InstitutionTracking;
import org.ducha.tracking.PlanEntry;
import org.ducha.tracking.RectificationPlan;
import org.ducha.tracking.TrackedFinding;
import org.ducha.tracking.TrackedReport;
import org.ducha.tracking.Tracker;
import org.ducha.tracking.TrackingState;
import org.ducha.tracking.Waiver;
import org.ducha.tracking.WaiverOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden test of the follow-up inspection (回头看): the April inspection's report is the baseline, the September
 * records are inspected with the rectification plan and the waiver of {@code examples/jincheng-2022-followup/tracking},
 * and every institution's findings come out in the states the story of {@link JinchengFollowUp} tells. The
 * expectations below are written from that story, check by check; what the story does not name as persisting,
 * overdue or waived is the rest of the notice's problems ({@link JinchengInspectionTest#EXPECTED}), all rectified.
 */
class JinchengFollowUpTest {

  private static final Path FIRST = Path.of("../jincheng-2022");
  private static final Path FOLLOW_UP = Path.of("../jincheng-2022-followup");

  /** What the story says of each institution besides "the rest is rectified", by state. */
  static final Map<String, Map<TrackingState, Set<String>>> STORY = story();

  private static Map<String, Map<TrackingState, Set<String>>> story() {
    Map<String, Map<TrackingState, Set<String>>> m = new LinkedHashMap<>();
    // 1: the exam site is still the centre's own (考教分离方案待批).
    m.put(ExamCentre.ID, Map.of(TrackingState.PERSISTING, Set.of("governance.training-exam.not-separated")));
    // 2: everything rectified; an examiner retired in July is still on the exam-staff roster.
    m.put(JinnengCentre.ID, Map.of(TrackingState.NEW, Set.of("staffing.roster.stale")));
    // 3: still no welding instructor, so welding practice is still given by teachers without the specialty.
    m.put(YangchengCentre.ID, Map.of(TrackingState.PERSISTING,
        Set.of("staffing.instructor.specialty-mismatch", "staffing.practical-training.unqualified-instructor")));
    // 4: still a department of the company; the computer exam room waived until the new exam site opens.
    m.put(HuagangPower.ID, Map.of(
        TrackingState.PERSISTING, Set.of("governance.legal-entity.not-independent"),
        TrackingState.WAIVED, Set.of("facilities.exam-room.inadequate", "facilities.exam-room.no-identity-check")));
    // 5: a full-time manager still a full-time teacher, past the deadline of 30 June.
    m.put(ZezhouCentre.ID, Map.of(TrackingState.OVERDUE, Set.of("staffing.manager-teacher.overlap")));
    // 6: everything rectified.
    m.put(LanhuaCentre.ID, Map.of());
    // 7: equipment on order; a gas-inspection instructor hired (so a qualified instructor is on the staff), but the 2021
    // gas-inspection trainees await their make-up practice: the practice on file was given without the specialty.
    m.put(QinshuiCentre.ID, Map.of(TrackingState.PERSISTING,
        Set.of("staffing.practical-training.unqualified-instructor", "facilities.equipment.outdated")));
    // 8: still a department of the mine.
    m.put(JinpushanCentre.ID, Map.of(TrackingState.PERSISTING, Set.of("governance.legal-entity.not-independent")));
    return m;
  }

  /** The states of each institution's checks as the story tells them: the named ones, and the notice's others resolved. */
  static Map<TrackingState, Set<String>> expected(String institutionId) {
    Map<TrackingState, Set<String>> states = new EnumMap<>(TrackingState.class);
    Set<String> resolved = new TreeSet<>(JinchengInspectionTest.EXPECTED.get(institutionId));
    STORY.get(institutionId).forEach((state, checks) -> {
      states.put(state, new TreeSet<>(checks));
      resolved.removeAll(checks);
    });
    if (!resolved.isEmpty()) {
      states.put(TrackingState.RESOLVED, resolved);
    }
    return states;
  }

  private static Inspector inspector;
  private static InspectionReport first;
  private static InspectionReport followUp;
  private static RectificationPlan plan;
  private static List<Waiver> waivers;
  private static TrackedReport tracked;

  @TempDir
  static Path temp;

  /** The folder's report through the library's path from files to report, as the ducha command takes it. */
  private static InspectionFiles.Result inspect(Path folder) {
    InspectionFiles.Result result = InspectionFiles.of(List.of(folder)).inspect(Inspector.builder().build());
    assertThat(result.unreadable()).as("unreadable input in %s: %s", folder, result.report().notInspected()).isFalse();
    return result;
  }

  @BeforeAll
  static void inspectBothAndCompare() throws IOException {
    InspectionFiles.Result firstResult = inspect(FIRST);
    inspector = firstResult.inspector();
    assertThat(inspector.profile().campaigns()).contains(JinchengArchive.CAMPAIGN);
    first = firstResult.report();
    followUp = inspect(FOLLOW_UP).report();
    // The baseline as the command reads it: the first report written as JSON and read back.
    Path firstJson = temp.resolve("first.json");
    try (Writer w = Files.newBufferedWriter(firstJson, StandardCharsets.UTF_8)) {
      new JsonReportWriter().write(first, ReportContext.of(inspector), w);
    }
    plan = RectificationPlanReader.read(FOLLOW_UP.resolve(JinchengFollowUp.PLAN_FILE));
    waivers = WaiverReader.read(FOLLOW_UP.resolve(JinchengFollowUp.WAIVERS_FILE));
    tracked = Tracker.builder().plan(plan).waivers(waivers).build().track(JsonReportWriter.readBaseline(firstJson), followUp);
  }

  static Stream<String> institutionIds() {
    return STORY.keySet().stream();
  }

  private static InstitutionTracking tracking(String institutionId) {
    return tracked.tracking().institution(institutionId).orElseThrow();
  }

  @Test
  void theFollowUpIsOfTheSameEightInSeptember() {
    Inspection i = followUp.inspection().orElseThrow();
    assertThat(i.id()).isEqualTo(JinchengFollowUp.INSPECTION_ID);
    assertThat(i.periodStart()).isEqualTo(LocalDate.of(2022, 9, 13));
    assertThat(i.institutionIds()).containsExactlyElementsOf(STORY.keySet());
    assertThat(followUp.institutions()).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(InspectionStatus.INSPECTED);
      assertThat(r.inspectedOn()).contains(JinchengFollowUp.DAYS.get(r.institutionId()));
    });
    assertThat(tracked.tracking().institutions()).extracting(InstitutionTracking::institutionId).containsExactlyElementsOf(STORY.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("institutionIds")
  void everyProblemIsInTheStateTheStoryTells(String institutionId) {
    Map<TrackingState, Set<String>> actual = new EnumMap<>(TrackingState.class);
    for (TrackedFinding f : tracking(institutionId).findings()) {
      actual.computeIfAbsent(f.state(), s -> new TreeSet<>()).add(f.finding().checkId());
    }
    assertThat(actual).as(institutionId).isEqualTo(expected(institutionId));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("institutionIds")
  void whatPersistsWasFirstSeenInAprilAndIsFoundTheSecondTime(String institutionId) {
    LocalDate april = first.institutions().stream().filter(r -> r.institutionId().equals(institutionId)).findFirst().orElseThrow()
        .inspectedOn().orElseThrow();
    for (TrackedFinding f : tracking(institutionId).findings()) {
      if (f.state() == TrackingState.NEW) {
        assertThat(f.firstSeen()).isEqualTo(JinchengFollowUp.DAYS.get(institutionId));
        assertThat(f.inspections()).isEqualTo(1);
      } else {
        assertThat(f.firstSeen()).as(f.finding().checkId()).isEqualTo(april);
        assertThat(f.inspections()).isEqualTo(f.state() == TrackingState.RESOLVED ? 1 : 2);
      }
      assertThat(f.plan().isPresent()).as("%s %s: a plan item exactly for the April problems", institutionId, f.finding().checkId())
          .isEqualTo(f.state() != TrackingState.NEW);
    }
  }

  @Test
  void theOverdueItemIsRaisedToCriticalAndNamesItsResponsiblePersonAndDeadline() {
    TrackedFinding overdue = tracking(ZezhouCentre.ID).inState(TrackingState.OVERDUE).get(0);
    assertThat(overdue.raisedFrom()).contains(Severity.MAJOR);
    assertThat(overdue.finding().severity()).isEqualTo(Severity.CRITICAL);
    PlanEntry entry = overdue.plan().orElseThrow();
    assertThat(entry.deadline()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(entry.responsible()).isNotBlank();
    assertThat(tracked.report().hasFindingAtOrAbove(Severity.CRITICAL)).isTrue();
    assertThat(followUp.hasFindingAtOrAbove(Severity.CRITICAL)).as("before tracking, nothing is critical").isFalse();
    assertThat(tracked.tracking().findings().filter(f -> f.state() == TrackingState.OVERDUE)).hasSize(1);
  }

  @Test
  void theWaiverCoversHuagangsExamRoomAndEveryPlanItemNamesAnAprilProblem() {
    // two waivers since the exam room's identity check is a check of its own (facilities.exam-room.no-identity-check)
    assertThat(tracked.tracking().waivers()).hasSize(2).allSatisfy(o -> {
      assertThat(o.status()).isEqualTo(WaiverOutcome.Status.APPLIED);
      assertThat(o.waiver().justification()).contains("新考试点正在建设中");
      assertThat(o.fingerprints()).isNotEmpty();
    });
    assertThat(tracked.tracking().unmatchedPlanEntries()).isEmpty();
    assertThat(plan.entries()).hasSize(JinchengInspectionTest.EXPECTED.values().stream().mapToInt(Set::size).sum());
    assertThat(tracked.tracking().findings()).extracting(TrackedFinding::state).doesNotContain(TrackingState.NOT_RECHECKED);
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theReadmeCommandsShowTheFollowUp() {
    String firstJson = temp.resolve("cli-first.json").toString();
    assertThat(run("inspect", FIRST.toString(), "--format", "json", "--out", firstJson).code()).isZero();
    String[] followUpArgs = {"inspect", FOLLOW_UP.toString(), "--baseline", firstJson,
        "--plan", FOLLOW_UP.resolve(JinchengFollowUp.PLAN_FILE).toString(), "--waivers", FOLLOW_UP.resolve(JinchengFollowUp.WAIVERS_FILE).toString()};
    Run r = run(followUpArgs);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("| 序号 | 机构 | 存在问题 | 整改跟踪 | 备注 |")
        .contains("逾期未整改").contains("已豁免").contains("新发现").contains("仍存在").contains("## 整改情况（与前次检查相比）")
        .contains("新考试点正在建设中");
    assertThat(r.err()).doesNotContain("unused").doesNotContain("expired");

    String[] failing = Stream.concat(Stream.of(followUpArgs), Stream.of("--fail-on", "CRITICAL")).toArray(String[]::new);
    assertThat(run(failing).code()).as("the overdue item is critical now").isEqualTo(Main.FINDINGS);
    assertThat(run("inspect", FOLLOW_UP.toString(), "--fail-on", "CRITICAL").code()).isEqualTo(Main.OK);

    String followUpJson = temp.resolve("cli-followup.json").toString();
    assertThat(run("inspect", FOLLOW_UP.toString(), "--format", "json", "--out", followUpJson).code()).isZero();
    Run diff = run("diff", firstJson, followUpJson);
    assertThat(diff.code()).isZero();
    assertThat(diff.out()).contains("5. 泽州县安全生产技术培训中心").contains("+ staffing.roster.stale").contains("= staffing.manager-teacher.overlap");
  }
}
