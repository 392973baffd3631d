package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.model.Institution;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link InspectionFiles#inspectAll}: reading order and unreadable inputs in place, at any parallelism. */
class InspectAllTest {

  private static InstitutionInput good(String id) {
    Institution i = Fixtures.cleanInstitution().with(b -> b.id(id));
    return new InstitutionInput(id + ".json", Optional.of(i), List.of(), id, i.name(), true, Optional.of(i.inspectedOn()));
  }

  private static InstitutionInput bad(String id) {
    return new InstitutionInput(id + ".json", Optional.empty(), List.of(InputProblem.of("", "", "not well-formed JSON")), id, id, false,
        Optional.empty());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void reports_keep_the_reading_order_and_unreadable_inputs_their_place(int parallelism) {
    List<InstitutionInput> inputs = List.of(bad("b1"), good("g1"), bad("b2"), bad("b3"), good("g2"), good("g3"), good("g4"), bad("b4"));
    List<InstitutionReport> reports = new ArrayList<>();
    Inspector inspector = Inspector.builder().parallelism(parallelism).validateRecords(false).build();
    AtomicInteger inspected = new AtomicInteger();
    boolean unreadable = InspectionFiles.inspectAll(inspector, inputs.stream(), reports, r -> inspected.incrementAndGet());
    assertThat(unreadable).isTrue();
    assertThat(reports).extracting(InstitutionReport::institutionId).containsExactly("b1", "g1", "b2", "b3", "g2", "g3", "g4", "b4");
    assertThat(reports).extracting(InstitutionReport::status).containsExactly(InspectionStatus.NOT_INSPECTED, InspectionStatus.INSPECTED,
        InspectionStatus.NOT_INSPECTED, InspectionStatus.NOT_INSPECTED, InspectionStatus.INSPECTED, InspectionStatus.INSPECTED,
        InspectionStatus.INSPECTED, InspectionStatus.NOT_INSPECTED);
    assertThat(inspected).hasValue(4);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void all_readable_is_not_unreadable(int parallelism) {
    List<InstitutionReport> reports = new ArrayList<>();
    boolean unreadable = InspectionFiles.inspectAll(Inspector.builder().parallelism(parallelism).build(), Stream.of(good("a"), good("b")),
        reports, r -> { });
    assertThat(unreadable).isFalse();
    assertThat(reports).extracting(InstitutionReport::institutionId).containsExactly("a", "b");
  }
}
