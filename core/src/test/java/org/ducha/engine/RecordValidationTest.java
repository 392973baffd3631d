package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.TestFixtures;
import org.ducha.model.TrainingClass;
import org.junit.jupiter.api.Test;

/** Invalid records are rejected with every problem listed: path, value and what is wrong. */
class RecordValidationTest {

  /** Six problems at once: blank name, negative hours, unknown teacher, unknown trainee, duplicate staff id, class ending before it starts. */
  private static Institution faulty() {
    return TestFixtures.institution().with(b -> {
      b.name("  ");
      b.staff.add(TestFixtures.staff(TestFixtures.TEACHER, "重名者"));
      b.mapClass(TestFixtures.CLASS_ID, c -> c.with(cb -> {
        Lesson first = cb.lessons.get(0);
        cb.lessons.set(0, new Lesson(first.id(), first.date(), first.start(), first.end(), first.course(), first.teacherId(),
            new BigDecimal("-2"), first.kind(), first.mode()));
        Lesson second = cb.lessons.get(1);
        cb.lessons.set(1, new Lesson(second.id(), second.date(), second.start(), second.end(), second.course(), "s-ghost",
            second.hours(), second.kind(), second.mode()));
        cb.attendance.add(AttendanceEntry.signed("t-99", first.id(), first.start(), first.end()));
        cb.end(TestFixtures.CLASS_START.minusDays(1));
        return cb;
      }));
      return b;
    });
  }

  private static final List<org.assertj.core.groups.Tuple> EXPECTED = List.of(
      tuple("classes[0].attendance[6].traineeId", "t-99", "refers to no trainee with this id"),
      tuple("classes[0].end", "2022-03-06", "must not be before start 2022-03-07"),
      tuple("classes[0].lessons[0].hours", "-2", "must be greater than 0"),
      tuple("classes[0].lessons[1].teacherId", "s-ghost", "refers to no staff member with this id"),
      tuple("name", "  ", "must not be blank"),
      tuple("staff[2].id", TestFixtures.TEACHER, "duplicate id (also at staff[1])"));

  @Test
  void the_fixture_is_valid() {
    Institution inst = TestFixtures.institution();

    assertThat(RecordValidator.get().validate(inst)).isEmpty();
    assertThat(RecordValidator.get().requireValid(inst)).isSameAs(inst);
  }

  @Test
  void lists_every_problem_with_its_path_value_and_message_sorted_by_path() {
    List<InputProblem> problems = RecordValidator.get().validate(faulty());

    assertThat(problems)
        .extracting(InputProblem::path, InputProblem::value, InputProblem::message)
        .containsExactlyElementsOf(EXPECTED);
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.file()).isEmpty();
      assertThat(p.line()).isEmpty();
    });
  }

  @Test
  void the_inspector_does_not_inspect_invalid_records_and_reports_every_problem() {
    Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new DemoPack()).build();

    InstitutionReport report = inspector.inspect(faulty());

    assertThat(report.status()).isEqualTo(InspectionStatus.NOT_INSPECTED);
    assertThat(report.institutionId()).isEqualTo(TestFixtures.INSTITUTION_ID);
    assertThat(report.inspectedOn()).contains(TestFixtures.INSPECTED_ON);
    assertThat(report.findings()).isEmpty();
    assertThat(report.outcomes()).isEmpty();
    assertThat(report.problems())
        .extracting(InputProblem::path, InputProblem::value, InputProblem::message)
        .containsExactlyElementsOf(EXPECTED);
  }

  @Test
  void in_a_batch_the_valid_institutions_are_still_inspected() {
    Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new DemoPack()).build();

    InspectionReport report = inspector.inspect(Optional.empty(), Stream.of(TestFixtures.institution("a"), faulty(), TestFixtures.institution("b")));

    assertThat(report.institutions()).extracting(InstitutionReport::institutionId, InstitutionReport::status).containsExactly(
        tuple("a", InspectionStatus.INSPECTED), tuple(TestFixtures.INSTITUTION_ID, InspectionStatus.NOT_INSPECTED),
        tuple("b", InspectionStatus.INSPECTED));
    assertThat(report.notInspected()).singleElement().satisfies(r -> assertThat(r.problems()).hasSize(EXPECTED.size()));
  }

  @Test
  void require_valid_throws_listing_every_problem() {
    Institution inst = faulty();

    assertThatThrownBy(() -> RecordValidator.get().requireValid(inst))
        .isInstanceOfSatisfying(InvalidRecordsException.class, e -> {
          assertThat(e.problems()).isEqualTo(RecordValidator.get().validate(inst));
          assertThat(e.getMessage()).startsWith("institution " + TestFixtures.INSTITUTION_ID + ": 6 problem(s)");
          for (InputProblem p : e.problems()) {
            assertThat(e.getMessage()).contains(p.toString());
          }
        })
        .hasMessageContaining("classes[0].lessons[0].hours = '-2': must be greater than 0")
        .hasMessageContaining("staff[2].id = 's-teacher': duplicate id (also at staff[1])");
  }

  @Test
  void missing_required_fields_and_null_list_elements_are_reported_not_thrown() {
    Institution inst = TestFixtures.institution().with(b -> {
      b.id(null);
      b.inspectedOn(null);
      b.rooms.add(null);
      return b;
    });

    assertThat(RecordValidator.get().validate(inst))
        .extracting(InputProblem::path, InputProblem::message)
        .contains(tuple("id", "must not be blank"), tuple("inspectedOn", "must not be null"), tuple("rooms[1]", "must not be null"));
  }

  @Test
  void validates_nested_records_of_every_class() {
    TrainingClass second = TestFixtures.trainingClass("c-2", List.of("t-1")).with(cb -> cb.name(""));
    Institution inst = TestFixtures.institution().with(b -> {
      b.classes.add(second);
      b.classes.add(TestFixtures.trainingClass("c-2", List.of("t-1")));
      return b;
    });

    assertThat(RecordValidator.get().validate(inst))
        .extracting(InputProblem::path, InputProblem::value, InputProblem::message)
        .containsExactly(
            tuple("classes[1].name", "", "must not be blank"),
            tuple("classes[2].id", "c-2", "duplicate id (also at classes[1])"));
  }

  @Test
  void an_inspection_ending_before_it_starts_is_reported_with_its_blank_fields() {
    org.ducha.model.Inspection inspection = new org.ducha.model.Inspection("city-2022", "培训机构督查", " ", Optional.empty(),
        java.time.LocalDate.of(2022, 4, 22), java.time.LocalDate.of(2022, 4, 18), List.of("a"), List.of());

    assertThat(RecordValidator.get().validate(inspection))
        .extracting(InputProblem::path, InputProblem::value, InputProblem::message)
        .containsExactly(
            tuple("authority", " ", "must not be blank"),
            tuple("periodEnd", "2022-04-18", "must not be before periodStart 2022-04-22"));
  }

  @Test
  void a_problem_names_its_file_line_and_column_when_known() {
    InputProblem p = InputProblem.of("classes[0].end", "2022-03-06", "must not be before start 2022-03-07");

    assertThat(p.at("jincheng.yaml", 12, 7)).hasToString("jincheng.yaml:12:7: classes[0].end = '2022-03-06': must not be before start 2022-03-07");
    assertThat(p).hasToString("classes[0].end = '2022-03-06': must not be before start 2022-03-07");
    assertThat(InputProblem.of("", null, "no records")).hasToString("(root): no records");
  }

  @Test
  void paths_sort_by_index_numbers_not_by_text() {
    assertThat(RecordValidator.comparePaths("classes[2].id", "classes[10].id")).isNegative();
    assertThat(RecordValidator.comparePaths("classes[10]", "classes[9].end")).isPositive();
    assertThat(RecordValidator.comparePaths("name", "name")).isZero();
  }
}
