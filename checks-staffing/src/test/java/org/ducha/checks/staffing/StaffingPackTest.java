package org.ducha.checks.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Group;
import org.ducha.model.Employment;
import org.ducha.model.Institution;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffRole;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class StaffingPackTest {

  private static final List<String> IDS = List.of(
      "staffing.exam-staff-roster.missing",
      "staffing.examiner.certificate-invalid",
      "staffing.external-teachers.excessive",
      "staffing.instructor.specialty-mismatch",
      "staffing.manager-teacher.overlap",
      "staffing.managers.too-few",
      "staffing.practical-training.unqualified-instructor",
      "staffing.roster.stale",
      "staffing.teacher.certificate-expired",
      "staffing.teacher.double-booked",
      "staffing.teacher.experience-short",
      "staffing.teacher.not-employee",
      "staffing.training-exam-staff.overlap");

  /** Message keys beyond the conventional ones: alternative wordings of some findings. */
  private static final List<String> EXTRA_KEYS = List.of(
      RosterStale.EXAM_STAFF_KEY);

  private final StaffingPack pack = new StaffingPack();

  private static List<String> ids(List<Check> checks) {
    return checks.stream().map(c -> c.descriptor().id()).toList();
  }

  @Test
  void the_pack_holds_exactly_these_checks_sorted_by_id() {
    assertThat(ids(pack.checks())).containsExactlyElementsOf(IDS);
    assertThat(pack.checks()).allSatisfy(c -> {
      assertThat(c.descriptor().packPrefix()).isEqualTo(StaffingPack.ID);
      assertThat(c.descriptor().group()).isEqualTo(Group.STAFFING);
      assertThat(c.descriptor()).isSameAs(c.descriptor());
    });
  }

  @Test
  void the_whole_pack_finds_nothing_on_the_clean_institution() {
    InstitutionReport report = CheckTester.forPack(pack).inspect(Fixtures.cleanInstitution());
    assertThat(report).hasNoFindings();
    assertThat(report.outcomes()).extracting(CheckOutcome::status).containsOnly(OutcomeStatus.PASS);
    assertThat(report.outcomes()).hasSize(IDS.size() + pack.inspectionChecks().size());
  }

  @Test
  void the_whole_pack_finds_nothing_on_the_clean_training_only_institution() {
    InstitutionReport report = CheckTester.forPack(pack).inspect(Fixtures.cleanTrainingOnly());
    assertThat(report).hasNoFindings();
    for (Check c : pack.checks()) {
      CheckDescriptor d = c.descriptor();
      OutcomeStatus expected = d.applicability() == Applicability.EXAM_SITES ? OutcomeStatus.NOT_APPLICABLE : OutcomeStatus.PASS;
      assertThat(report).hasOutcome(d.id(), expected);
    }
  }

  @Test
  void the_pack_is_found_by_service_loader() {
    assertThat(CheckTester.discovered().inspector().catalogue()).extracting(CheckDescriptor::id).containsAll(IDS);
  }

  @Test
  void every_message_key_exists_in_both_languages() {
    Inspector inspector = CheckTester.forPack(pack).inspector();
    Map<String, Set<String>> shipped = inspector.messages().shippedKeys().get(StaffingPack.ID);
    List<String> needed = new ArrayList<>(EXTRA_KEYS);
    List<CheckDescriptor> descriptors = new ArrayList<>();
    pack.checks().forEach(c -> descriptors.add(c.descriptor()));
    pack.inspectionChecks().forEach(c -> descriptors.add(c.descriptor()));
    for (CheckDescriptor d : descriptors) {
      needed.add(d.messageKey());
      needed.add(d.titleKey());
      for (Parameter<?> p : d.parameters()) {
        needed.add(p.descriptionKey());
      }
    }
    assertThat(shipped.get("zh_CN")).containsAll(needed);
    assertThat(shipped.get("en")).containsAll(needed);
    assertThat(shipped.get("zh_CN")).containsExactlyInAnyOrderElementsOf(shipped.get("en"));
    assertThat(shipped.get("en")).containsExactlyInAnyOrderElementsOf(needed);
  }

  /** An institution with a defect for most checks at once. */
  private static Institution manyDefects() {
    Institution inst = StaffingFixtures.addEntry(Fixtures.cleanInstitution(), RosterType.TRAINING_STAFF,
        new RosterEntry(Fixtures.TEACHER_1, StaffRole.MANAGER, true));
    inst = StaffingFixtures.addEntry(inst, RosterType.EXAM_STAFF, new RosterEntry(Fixtures.TEACHER_2, StaffRole.EXAMINER, true));
    inst = StaffingFixtures.mapStaff(inst, Fixtures.MANAGER_3, s -> s.withLeftOn(LocalDate.of(2022, 1, 1)));
    inst = StaffingFixtures.mapStaff(inst, Fixtures.TEACHER_2, s -> s.withEmployment(Employment.ENGAGED));
    inst = StaffingFixtures.mapStaff(inst, Fixtures.INSTRUCTOR, s -> s.withSpecialties(List.of(Fixtures.OP_LOW_VOLTAGE)));
    return inst;
  }

  @Test
  void several_threads_get_the_same_findings_in_the_same_order() throws Exception {
    Inspector inspector = CheckTester.forPack(pack).inspector();
    Institution inst = manyDefects();
    InstitutionReport first = inspector.inspect(inst);
    // 周伟, now also a full-time manager, keeps the count of managers at three; 吴敏's 12 hours leave outside
    // teachers at 16 of 40 hours.
    assertThat(first).hasFindingsExactlyOf(
        ManagerTeacherOverlap.ID, TrainingExamStaffOverlap.ID, RosterStale.ID, TeacherNotEmployee.ID, InstructorSpecialtyMismatch.ID,
        PracticalTrainingUnqualifiedInstructor.ID);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<InstitutionReport>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> inspector.inspect(inst)));
      }
      for (Future<InstitutionReport> run : runs) {
        assertThat(run.get().findings()).isEqualTo(first.findings());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
