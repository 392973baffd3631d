package org.ducha.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.ducha.check.Campaigns;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.OutcomeStatus;
import org.ducha.engine.Profile;
import org.ducha.engine.RecordValidator;
import org.ducha.finding.Finding;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.model.Institution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratorTest {

  /** Every pack on the class path, the campaign's checks included. */
  static final Inspector ALL_CHECKS = Inspector.builder()
      .profile(Profile.builder("all").campaign(Campaigns.ZOUGUOCHANG_2021).build())
      .build();

  static Stream<Scale> shapes() {
    return Stream.of(
        new Scale(3, 1, 1, 1),
        new Scale(3, 2, 5, 2),
        new Scale(3, 3, 7, 3),
        new Scale(4, 5, 12, 8),
        new Scale(2, 4, 100, 6),
        new Scale(2, 90, 3, 24),
        Scale.typical(3));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void at_rate_zero_records_are_valid_and_no_check_finds_anything(Scale scale) {
    Generator g = Generator.builder().seed(7).scale(scale).build();
    g.institutions().forEach(inst -> {
      assertThat(RecordValidator.get().validate(inst)).as("problems of %s", inst.id()).isEmpty();
      InstitutionReport report = ALL_CHECKS.inspect(inst);
      assertThat(report.status()).isEqualTo(InspectionStatus.INSPECTED);
      assertThat(report.findings()).as("findings on %s at %s", inst.id(), scale)
          .extracting(f -> f.checkId() + " " + f.subject() + " " + f.evidence())
          .isEmpty();
      assertThat(report.outcomes()).extracting(CheckOutcome::status).doesNotContain(OutcomeStatus.ERROR);
    });
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void at_rate_zero_no_inspection_scope_check_finds_anything_across_institutions(Scale scale) {
    Generator g = Generator.builder().seed(7).scale(scale).build();
    List<String> found = ALL_CHECKS.inspect(java.util.Optional.empty(), g.institutions()).findings()
        .filter(f -> ALL_CHECKS.inspectionScopeCheckIds().contains(f.checkId()))
        .map(f -> f.institutionId() + " " + f.checkId() + " " + f.evidence()).toList();
    assertThat(found).isEmpty();
  }

  @Test
  void everyone_carries_a_valid_identity_number_and_no_two_people_the_same() {
    Generator g = Generator.builder().seed(7).scale(new Scale(3, 4, 10, 4)).build();
    Set<String> numbers = new java.util.HashSet<>();
    int people = 0;
    for (Institution inst : g.institutions().toList()) {
      for (var s : inst.staff()) {
        assertThat(s.identityNumber()).hasValueSatisfying(n -> assertThat(n.wellFormed()).isTrue());
        numbers.add(s.identityNumber().get().value());
        people++;
      }
      for (var c : inst.classes()) {
        for (var t : c.trainees()) {
          assertThat(t.identityNumber()).hasValueSatisfying(n -> assertThat(n.wellFormed()).isTrue());
          assertThat(t.operationType()).contains(c.operationType());
          numbers.add(t.identityNumber().get().value());
          people++;
        }
      }
    }
    assertThat(numbers).hasSize(people);
  }

  @Test
  void shared_people_are_found_by_the_inspection_scope_checks_in_one_run() {
    Generator trainees = Generator.builder().seed(3).scale(new Scale(4, 4, 10, 6)).rate(Defect.SHARED_TRAINEE, 0.3).build();
    Map<String, Integer> found = new TreeMap<>();
    ALL_CHECKS.inspect(java.util.Optional.empty(), trainees.institutions()).findings().forEach(f -> found.merge(f.checkId(), 1, Integer::sum));
    assertThat(found.keySet()).containsExactlyInAnyOrder("archive.attendance.cross-institution", "staffing.identity-number.name-mismatch");
    Generator staff = Generator.builder().seed(3).scale(new Scale(8, 4, 10, 6)).rate(Defect.SHARED_STAFF, 1).build();
    found.clear();
    ALL_CHECKS.inspect(java.util.Optional.empty(), staff.institutions()).findings().forEach(f -> found.merge(f.checkId(), 1, Integer::sum));
    assertThat(found.keySet()).containsExactlyInAnyOrder("staffing.teacher.cross-institution", "staffing.examiner.cross-site",
        "staffing.identity-number.name-mismatch");
    // Each institution alone shows nothing.
    staff.institutions().forEach(inst -> assertThat(ALL_CHECKS.inspect(inst).findings()).isEmpty());
  }

  @Test
  void sharing_people_changes_no_other_record() {
    Scale scale = new Scale(2, 2, 4, 4);
    Institution plain = Generator.builder().scale(scale).build().institution(1);
    Institution shared = Generator.builder().scale(scale).rate(Defect.SHARED_TRAINEE, 1).rate(Defect.SHARED_STAFF, 1).build().institution(1);
    assertThat(shared.equipment()).isEqualTo(plain.equipment());
    assertThat(shared.classes()).extracting(c -> c.attendance()).isEqualTo(plain.classes().stream().map(c -> c.attendance()).toList());
    assertThat(shared.classes().get(0).trainees().get(0).identityNumber()).isNotEqualTo(plain.classes().get(0).trainees().get(0).identityNumber());
  }

  @Test
  void every_pack_runs_on_generated_institutions() {
    InstitutionReport report = ALL_CHECKS.inspect(Generator.builder().build().institution(0));
    assertThat(report.outcomes()).extracting(CheckOutcome::checkId)
        .anyMatch(id -> id.startsWith("archive.")).anyMatch(id -> id.startsWith("governance."))
        .anyMatch(id -> id.startsWith("staffing.")).anyMatch(id -> id.startsWith("facilities."));
  }

  @Test
  void institutions_are_deterministic_whatever_the_order() {
    Generator g = Generator.builder().seed(11).scale(new Scale(5, 3, 6, 4)).allRates(0.1).build();
    Institution fourth = g.institution(3);
    List<Institution> all = g.institutions().toList();
    assertThat(all.get(3)).isEqualTo(fourth);
    assertThat(Generator.builder().seed(11).scale(new Scale(5, 3, 6, 4)).allRates(0.1).build().institution(3)).isEqualTo(fourth);
    assertThat(Generator.builder().seed(12).scale(new Scale(5, 3, 6, 4)).allRates(0.1).build().institution(3)).isNotEqualTo(fourth);
    assertThat(all).extracting(Institution::id).doesNotHaveDuplicates();
  }

  @Test
  void defects_do_not_change_the_rest_of_the_records() {
    Scale scale = new Scale(1, 2, 4, 4);
    Institution clean = Generator.builder().scale(scale).build().institution(0);
    Institution flawed = Generator.builder().scale(scale).rate(Defect.OUTDATED_EQUIPMENT, 1).build().institution(0);
    assertThat(flawed.classes()).isEqualTo(clean.classes());
    assertThat(flawed.staff()).isEqualTo(clean.staff());
    assertThat(flawed.equipment()).isNotEqualTo(clean.equipment());
  }

  static Stream<Object[]> defects() {
    return Stream.of(
        new Object[] {Defect.MISSING_SIGN_IN, Set.of("archive.attendance.unsigned", "archive.attendance.absence-without-leave")},
        new Object[] {Defect.SCORE_WITHOUT_ATTENDANCE, Set.of("archive.exam.score-without-attendance")},
        new Object[] {Defect.HOURS_SHORT, Set.of("archive.exam.hours-short")},
        new Object[] {Defect.TRAINING_EXAM_STAFF, Set.of("staffing.training-exam-staff.overlap")},
        new Object[] {Defect.MISSING_ARCHIVE_FORM, Set.of("archive.head-teacher-log.missing", "archive.plan-execution.missing",
            "archive.assessment-form.missing", "archive.evaluation-report.missing", "archive.survey.missing")},
        new Object[] {Defect.OUTDATED_EQUIPMENT, Set.of("facilities.equipment.outdated")});
  }

  @ParameterizedTest
  @MethodSource("defects")
  void each_defect_is_found_by_its_checks_and_records_stay_valid(Defect defect, Set<String> expected) {
    Generator g = Generator.builder().seed(3).scale(new Scale(20, 4, 10, 6)).rate(defect, 0.3).build();
    Map<String, Integer> found = new TreeMap<>();
    g.institutions().forEach(inst -> {
      assertThat(RecordValidator.get().validate(inst)).isEmpty();
      for (Finding f : ALL_CHECKS.inspect(inst).findings()) {
        found.merge(f.checkId(), 1, Integer::sum);
      }
    });
    assertThat(found.keySet()).as("checks that found something").containsAll(expected);
  }

  @Test
  void json_lines_read_back_as_the_institutions_written(@TempDir Path dir) throws IOException {
    Generator g = Generator.builder().seed(5).scale(new Scale(4, 2, 5, 4)).allRates(0.05).build();
    Path file = dir.resolve("gen.jsonl");
    Generator.Written w = g.writeJsonLines(file, 0);
    assertThat(w.institutions()).isEqualTo(4);
    assertThat(w.bytes()).isEqualTo(Files.size(file));
    assertThat(Files.readAllLines(file)).hasSize(4);
    try (Stream<InstitutionInput> in = InspectionReader.of(List.of(file)).institutions()) {
      assertThat(in.map(i -> i.institution().orElseThrow()).toList()).isEqualTo(g.institutions().toList());
    }
  }

  @Test
  void a_file_of_a_target_size_goes_on_past_the_scale(@TempDir Path dir) {
    Generator g = Generator.builder().scale(new Scale(1, 1, 3, 2)).build();
    Generator.Written w = g.writeJsonLines(dir.resolve("sized.jsonl"), 200_000);
    assertThat(w.bytes()).isGreaterThanOrEqualTo(200_000);
    assertThat(w.institutions()).isGreaterThan(1);
  }
}
