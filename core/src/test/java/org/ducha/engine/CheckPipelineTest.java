package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stream of jobs run under a time limit by threads that run the checks themselves: results in order, a check past
 * its limit abandoned and the rest of its job (finish included) taken over by a fresh thread, failures delivered at
 * their element, a bounded read-ahead, and the same refusals as one call of the runner. Limits are half a second for
 * tasks that never end and far beyond what the others take; nothing is timed.
 */
class CheckPipelineTest {

  private static final Duration LIMIT = Duration.ofMillis(500);

  /** Tasks that loop ignoring interruption end when this changes. */
  private static volatile int generation;

  @AfterEach
  void release() {
    generation++;
  }

  /** A job of {@code n} tasks, each returning its own number as one finding-less result, finished as "i:results". */
  private static CheckRunner.Job<String> job(int i, List<CheckRunner.Task> tasks) {
    return CheckRunner.Job.of(tasks, results -> {
      StringBuilder b = new StringBuilder(i + ":");
      for (Object r : results) {
        b.append(r == CheckRunner.TIMED_OUT ? "T" : r instanceof Throwable ? "E" : r instanceof List<?> l ? String.valueOf(l.size()) : "?");
      }
      return b.toString();
    });
  }

  private static CheckRunner.Task returning(int findings) {
    return () -> new ArrayList<>(java.util.Collections.nCopies(findings, null));
  }

  /** A task that loops, ignoring interruption, until the test ends. */
  private static CheckRunner.Task loopingForEver() {
    int mine = generation;
    return () -> {
      while (generation == mine) {
        Thread.onSpinWait();
      }
      return List.of();
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void results_come_in_the_source_order_whichever_thread_ran_them(int threads) {
    CheckRunner runner = new CheckRunner(LIMIT);
    List<String> out;
    try (Stream<String> s = runner.stream(IntStream.range(0, 200).boxed(), i -> job(i, List.of(returning(i % 3), () -> {
      if (i % 7 == 0) {
        Thread.sleep(1); // uneven jobs, so that threads finish out of order
      }
      return List.of();
    }, returning(1))), threads)) {
      out = s.toList();
    }
    assertThat(out).hasSize(200);
    for (int i = 0; i < 200; i++) {
      assertThat(out.get(i)).isEqualTo(i + ":" + (i % 3) + "01");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void a_check_past_its_limit_is_timed_out_and_a_fresh_thread_runs_the_rest_of_its_job_and_the_later_jobs(int threads) {
    CheckRunner runner = new CheckRunner(LIMIT);
    List<String> out;
    try (Stream<String> s = runner.stream(IntStream.range(0, 4).boxed(),
        i -> job(i, i == 1 ? List.of(returning(2), loopingForEver(), returning(3)) : List.of(returning(1), returning(0))), threads)) {
      out = s.toList();
    }
    assertThat(out).containsExactly("0:10", "1:2T3", "2:10", "3:10");
    assertThat(runner.runaway()).as("the looping check still runs on its abandoned thread").isEqualTo(1);
  }

  @Test
  void a_check_that_ends_when_interrupted_is_timed_out_and_its_thread_is_given_back() throws Exception {
    CheckRunner runner = new CheckRunner(LIMIT);
    List<String> out;
    try (Stream<String> s = runner.stream(Stream.of(0, 1), i -> job(i, List.of(() -> {
      if (i == 0) {
        Thread.sleep(60_000);
      }
      return List.of();
    }, returning(1))), 1)) {
      out = s.toList();
    }
    assertThat(out).containsExactly("0:T1", "1:01");
    for (int i = 0; i < 100 && runner.runaway() > 0; i++) {
      Thread.sleep(10);
    }
    assertThat(runner.runaway()).isZero();
  }

  @Test
  void what_a_job_throws_is_thrown_at_its_element_after_the_earlier_ones() {
    CheckRunner runner = new CheckRunner(LIMIT);
    try (Stream<String> s = runner.stream(IntStream.range(0, 10).boxed(), i -> {
      if (i == 3) {
        throw new IllegalArgumentException("bad institution 3");
      }
      return job(i, List.of(returning(0)));
    }, 2)) {
      Iterator<String> it = s.iterator();
      assertThat(List.of(it.next(), it.next(), it.next())).containsExactly("0:0", "1:0", "2:0");
      assertThatThrownBy(it::next).isInstanceOf(IllegalArgumentException.class).hasMessage("bad institution 3");
    }
  }

  @Test
  void a_null_element_is_refused_at_its_place_not_taken_for_the_end() {
    CheckRunner runner = new CheckRunner(LIMIT);
    try (Stream<String> s = runner.stream(Stream.of(0, null, 2), i -> job(java.util.Objects.requireNonNull(i, "institution"),
        List.of(returning(0))), 1)) {
      Iterator<String> it = s.iterator();
      assertThat(it.next()).isEqualTo("0:0");
      assertThatThrownBy(it::next).isInstanceOf(NullPointerException.class).hasMessage("institution");
    }
  }

  @Test
  void what_a_finish_throws_is_thrown_at_its_element() {
    CheckRunner runner = new CheckRunner(LIMIT);
    try (Stream<String> s = runner.stream(Stream.of(0, 1), i -> CheckRunner.Job.<String>of(List.of(returning(0)), r -> {
      if (i == 1) {
        throw new IllegalStateException("finish of 1");
      }
      return "ok";
    }), 1)) {
      Iterator<String> it = s.iterator();
      assertThat(it.next()).isEqualTo("ok");
      assertThatThrownBy(it::next).isInstanceOf(IllegalStateException.class).hasMessage("finish of 1");
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void it_reads_at_most_two_elements_per_thread_ahead_and_closing_closes_the_source(int threads) {
    AtomicInteger pulled = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    CheckRunner runner = new CheckRunner(LIMIT);
    try (Stream<String> s = runner.stream(IntStream.range(0, 1000).boxed().peek(i -> pulled.incrementAndGet()).onClose(closed::incrementAndGet),
        i -> job(i, List.of(returning(0))), threads)) {
      Iterator<String> it = s.iterator();
      for (int i = 0; i < 10; i++) {
        assertThat(it.next()).isEqualTo(i + ":0");
        assertThat(pulled.get()).isLessThanOrEqualTo(i + 1 + threads * 2);
      }
    }
    assertThat(closed).hasValue(1);
    assertThat(pulled.get()).isLessThan(1000);
  }

  @Test
  void too_many_abandoned_checks_still_running_stop_the_stream() {
    CheckRunner runner = new CheckRunner(Duration.ofMillis(100));
    try (Stream<String> s = runner.stream(IntStream.range(0, 20).boxed(), i -> job(i, List.of(loopingForEver())), 1)) {
      assertThatThrownBy(s::toList).isInstanceOfSatisfying(InspectionAbortedException.class,
          e -> assertThat(e.reason()).isEqualTo(InspectionAbortedException.Reason.TOO_MANY_RUNAWAY_CHECKS));
    }
    assertThat(runner.runaway()).isEqualTo(CheckRunner.MAX_RUNAWAY + 1);
  }

  @Test
  void an_interrupted_consumer_stops_the_stream_and_keeps_its_interrupt() {
    CheckRunner runner = new CheckRunner(Duration.ofSeconds(60));
    try (Stream<String> s = runner.stream(Stream.of(0), i -> job(i, List.of(() -> {
      Thread.sleep(60_000);
      return List.of();
    })), 1)) {
      Thread.currentThread().interrupt();
      assertThatThrownBy(s::toList).isInstanceOfSatisfying(InspectionAbortedException.class,
          e -> assertThat(e.reason()).isEqualTo(InspectionAbortedException.Reason.INTERRUPTED));
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  @Test
  void a_check_that_interrupts_itself_leaves_no_mark_on_the_next() {
    CheckRunner runner = new CheckRunner(LIMIT);
    List<String> out;
    try (Stream<String> s = runner.stream(Stream.of(0), i -> job(i, List.of(() -> {
      Thread.currentThread().interrupt();
      return List.of();
    }, () -> {
      Thread.sleep(1); // throws if the interrupt were left set
      return List.of();
    })), 1)) {
      out = s.toList();
    }
    assertThat(out).containsExactly("0:00");
  }
}
