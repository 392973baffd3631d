package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.ducha.model.Institution;
import org.ducha.model.TestFixtures;
import org.junit.jupiter.api.Test;

/** The inspector reads institutions as they come and holds only a few at a time. */
class StreamingTest {

  private final AtomicInteger pulled = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();

  private Stream<Institution> source() {
    return IntStream.range(0, 1000).mapToObj(i -> TestFixtures.institution("inst-" + i))
        .peek(i -> pulled.incrementAndGet())
        .onClose(() -> closed.set(true));
  }

  @Test
  void a_sequential_run_without_a_time_limit_reads_one_institution_per_report() {
    Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new DemoPack()).parallelism(1).checkTimeout(java.time.Duration.ZERO).build();
    try (Stream<InstitutionReport> reports = inspector.inspectEach(source())) {
      Iterator<InstitutionReport> it = reports.iterator();

      assertThat(it.next().institutionId()).isEqualTo("inst-0");
      assertThat(pulled).hasValue(1);
      assertThat(it.next().institutionId()).isEqualTo("inst-1");
      assertThat(pulled).hasValue(2);
    }
    assertThat(closed).isTrue();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"1, 60", "3, 60", "3, 0"})
  void a_parallel_or_time_limited_run_reads_at_most_two_institutions_per_thread_ahead(int parallelism, int limitSeconds) {
    Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new DemoPack()).parallelism(parallelism)
        .checkTimeout(java.time.Duration.ofSeconds(limitSeconds)).build();
    try (Stream<InstitutionReport> reports = inspector.inspectEach(source())) {
      Iterator<InstitutionReport> it = reports.iterator();

      for (int i = 0; i < 10; i++) {
        assertThat(it.next().institutionId()).isEqualTo("inst-" + i);
        assertThat(pulled.get()).isLessThanOrEqualTo(i + 1 + parallelism * 2);
      }
    }
    assertThat(closed).isTrue();
    assertThat(pulled.get()).isLessThan(1000);
  }
}
