package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ducha.check.Campaigns;
import org.ducha.check.CheckDescriptor;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.OutcomeStatus;
import org.ducha.engine.Profile;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Equipment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The four first-party packs together: the notice's defects all covered, no false positives, thread-safe. */
class CatalogueTest {

  /**
   * Every defect of the notice, as listed in the domain analysis (shared/domain/defects.md), by the id of the
   * check that finds it. Removing a check fails this test.
   */
  static final List<String> NOTICE_DEFECTS = List.of(
      // Group 1 — 对专项整治工作重视不够
      "governance.rectification-plan.missing", "governance.rectification-plan.perfunctory", "governance.problem-list.missing",
      "governance.self-inspection-report.missing", "governance.rules.not-formally-issued", "governance.training-exam.not-separated",
      "governance.legal-entity.not-independent", "governance.service-agreement.expired", "governance.emergency-plan.outdated",
      "governance.prior-findings.unrectified",
      // Group 2 — 培训考核档案管理不规范
      "archive.attendance.unsigned", "archive.attendance.no-time", "archive.attendance.absence-without-leave", "archive.teacher.unsigned",
      "archive.lesson.content-mismatch", "archive.head-teacher-log.missing", "archive.plan-execution.missing",
      "archive.plan-execution.unsigned", "archive.plan-execution.hours-mismatch", "archive.assessment-form.missing",
      "archive.assessment-form.incomplete", "archive.evaluation-report.missing", "archive.evaluation-report.unsealed",
      "archive.entrustment-agreement.missing", "archive.survey.missing", "archive.practical-record.missing", "archive.online.no-archive",
      "archive.online.incomplete", "archive.not-bound", "archive.exam.score-sheet-unsigned", "archive.exam.practical-not-filed",
      "archive.exam.score-without-attendance", "archive.exam.hours-short",
      // Group 3 — 师资力量配备不足
      "staffing.manager-teacher.overlap", "staffing.training-exam-staff.overlap", "staffing.exam-staff-roster.missing",
      "staffing.roster.stale", "staffing.teacher.not-employee", "staffing.instructor.specialty-mismatch",
      "staffing.external-teachers.excessive",
      // Group 4 — 实操实训“走过场”
      "facilities.equipment.outdated", "facilities.equipment.insufficient", "facilities.classroom.inadequate",
      "facilities.exam-room.inadequate", "facilities.practical-exam.not-smart");

  private final Inspector inspector = Inspector.builder()
      .profile(Profile.builder("catalogue").campaign(Campaigns.ZOUGUOCHANG_2021).build()).build();

  private Set<String> loadedIds() {
    return inspector.catalogue().stream().map(CheckDescriptor::id).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void every_defect_of_the_notice_has_a_check() {
    assertThat(NOTICE_DEFECTS).hasSize(45).doesNotHaveDuplicates();
    assertThat(loadedIds()).containsAll(NOTICE_DEFECTS);
  }

  @Test
  void the_list_above_is_the_one_in_the_domain_analysis() throws IOException {
    Path defects = Path.of("..", "..", "shared", "domain", "defects.md");
    Assumptions.assumeTrue(Files.exists(defects), "the domain analysis lies beside the repository");
    Matcher m = Pattern.compile("^\\| ((?:governance|archive|staffing|facilities)\\.[a-z0-9.-]+) \\|", Pattern.MULTILINE)
        .matcher(Files.readString(defects, StandardCharsets.UTF_8));
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertThat(ids).containsExactlyInAnyOrderElementsOf(NOTICE_DEFECTS);
  }

  @Test
  void a_clean_institution_gives_no_finding_and_no_error_across_all_packs() {
    for (Institution clean : List.of(Fixtures.cleanInstitution(), Fixtures.cleanTrainingOnly())) {
      InstitutionReport r = inspector.inspect(clean);
      assertThat(r).hasNoFindings();
      assertThat(r.outcomes()).noneMatch(o -> o.status() == OutcomeStatus.ERROR);
      assertThat(r.outcomes()).hasSize(inspector.catalogue().size());
    }
  }

  /** Several defects at once, across the four groups. */
  static Institution defective() {
    Institution i = Fixtures.cleanInstitution().with(b -> b.legalForm(LegalForm.INTERNAL_DEPARTMENT).parentOrganisation("示例集团"));
    i = Mutations.withoutClassDocument(i, Fixtures.CLASS_OFFLINE, ClassDocumentType.HEAD_TEACHER_LOG);
    i = Mutations.removeAttendance(i, Fixtures.CLASS_BLENDED, e -> e.traineeId().equals(Fixtures.BLENDED_TRAINEES.get(0)));
    return i.with(b -> {
      b.equipment.replaceAll(e -> new Equipment(e.id(), e.name(), e.operationTypes(), e.kind(), e.uses(), 2005,
          EquipmentCondition.WORN, e.units()));
      return b;
    });
  }

  @Test
  void the_same_institution_inspected_from_eight_threads_gives_identical_findings() throws Exception {
    Institution inst = defective();
    InstitutionReport expected = inspector.inspect(inst);
    assertThat(expected.findings()).extracting(f -> f.group().id()).contains("governance", "archive", "facilities");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<InstitutionReport>> runs = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        runs.add(pool.submit(() -> inspector.inspect(inst)));
      }
      for (Future<InstitutionReport> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
