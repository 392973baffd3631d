package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ducha.finding.Finding;
import org.ducha.model.Institution;
import org.ducha.model.TestFixtures;
import org.junit.jupiter.api.Test;

/** A check that throws yields ERROR for itself; the other checks and institutions go on. */
class CheckFailureTest {

  private final Inspector inspector = Inspector.builder().discoverPacks(false)
      .addPacks(new DemoPack(), new FaultyPack()).build();

  private static Institution withoutRooms(String id) {
    return TestFixtures.institution(id).with(b -> {
      b.rooms.clear();
      return b;
    });
  }

  @Test
  void a_throwing_check_yields_an_error_outcome_with_its_exception() {
    InstitutionReport report = inspector.inspect(withoutRooms("i-1"));

    assertThat(report.status()).isEqualTo(InspectionStatus.INSPECTED);
    CheckOutcome outcome = report.outcome(FaultyPack.CHECK_ID).orElseThrow();
    assertThat(outcome.status()).isEqualTo(OutcomeStatus.ERROR);
    assertThat(outcome.findings()).isZero();
    assertThat(outcome.error()).containsInstanceOf(IllegalStateException.class);
    assertThat(outcome.error().orElseThrow()).hasMessage(FaultyPack.MESSAGE);
    assertThat(outcome.detail()).contains(IllegalStateException.class.getName() + ": " + FaultyPack.MESSAGE);
  }

  @Test
  void the_findings_a_check_emitted_before_throwing_are_discarded() {
    InstitutionReport report = inspector.inspect(withoutRooms("i-1"));

    assertThat(report.findings()).extracting(Finding::checkId).doesNotContain(FaultyPack.CHECK_ID);
  }

  @Test
  void the_other_checks_still_run_and_report_their_findings() {
    InstitutionReport report = inspector.inspect(withoutRooms("i-1"));

    assertThat(report.outcome(DemoPack.ROOMS_NONE)).hasValueSatisfying(o -> {
      assertThat(o.status()).isEqualTo(OutcomeStatus.FAIL);
      assertThat(o.findings()).isEqualTo(1);
    });
    assertThat(report.outcome(DemoPack.CLASS_TOO_LARGE)).map(CheckOutcome::status).contains(OutcomeStatus.PASS);
    assertThat(report.findings()).extracting(Finding::checkId).containsExactly(DemoPack.ROOMS_NONE);
    assertThat(report.findings().get(0).institutionId()).isEqualTo("i-1");
  }

  @Test
  void every_institution_of_a_batch_is_still_inspected() {
    InspectionReport report = inspector.inspect(Optional.empty(), Stream.of(withoutRooms("i-1"), withoutRooms("i-2")));

    assertThat(report.institutions()).hasSize(2).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(InspectionStatus.INSPECTED);
      assertThat(r.outcome(FaultyPack.CHECK_ID)).map(CheckOutcome::status).contains(OutcomeStatus.ERROR);
      assertThat(r.findings()).extracting(Finding::checkId).isEqualTo(List.of(DemoPack.ROOMS_NONE));
    });
    assertThat(report.notInspected()).isEmpty();
  }
}
