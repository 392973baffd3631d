package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ducha.model.Institution;
import org.ducha.model.TestFixtures;
import org.junit.jupiter.api.Test;

/** The observer hears of every check that ran, with its status and a time, and of no check that did not. */
class CheckObserverTest {

  private record Heard(String checkId, OutcomeStatus status, long nanos) {}

  private static Institution withoutRooms(String id) {
    return TestFixtures.institution(id).with(b -> {
      b.rooms.clear();
      return b;
    });
  }

  @Test
  void every_check_that_ran_is_reported_once_per_institution_with_its_status() {
    List<Heard> heard = Collections.synchronizedList(new ArrayList<>());
    Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new DemoPack(), new FaultyPack())
        .checkObserver((id, status, nanos) -> heard.add(new Heard(id, status, nanos))).parallelism(2).build();

    InspectionReport report = inspector.inspect(Optional.empty(), Stream.of(withoutRooms("i-1"), withoutRooms("i-2")));

    List<Heard> expected = new ArrayList<>();
    for (InstitutionReport r : report.institutions()) {
      for (CheckOutcome o : r.outcomes()) {
        if (o.status() != OutcomeStatus.NOT_APPLICABLE) {
          expected.add(new Heard(o.checkId(), o.status(), 0));
        }
      }
    }
    assertThat(heard).extracting(h -> h.checkId() + " " + h.status())
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(h -> h.checkId() + " " + h.status()).toList());
    assertThat(heard).extracting(Heard::status).contains(OutcomeStatus.ERROR, OutcomeStatus.FAIL);
    assertThat(heard).allSatisfy(h -> assertThat(h.nanos()).isNotNegative());
  }

  @Test
  void without_an_observer_the_report_is_the_same() {
    Inspector plain = Inspector.builder().discoverPacks(false).addPacks(new DemoPack(), new FaultyPack()).build();
    Inspector observed = Inspector.builder().discoverPacks(false).addPacks(new DemoPack(), new FaultyPack())
        .checkObserver((id, status, nanos) -> { }).build();

    assertThat(observed.inspect(withoutRooms("i-1"))).isEqualTo(plain.inspect(withoutRooms("i-1")));
  }
}
