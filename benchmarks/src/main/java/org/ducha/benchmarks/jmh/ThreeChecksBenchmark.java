package org.ducha.benchmarks.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ducha.benchmarks.DroolsChecks;
import org.ducha.benchmarks.HandWritten;
import org.ducha.benchmarks.Scale;
import org.ducha.benchmarks.ThreeChecks;
import org.ducha.engine.Inspector;
import org.ducha.model.Institution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Three representative checks ({@link ThreeChecks}) three ways over the same institutions, one thread: Ducha's engine
 * (an Inspector whose profile enables only those three; with and without validating the records first), the
 * {@link HandWritten} loop, and {@link DroolsChecks}. One
 * operation is one pass over all the institutions; {@code SmokeTest} shows that the three flag the same trainees and
 * people. Besides institutions per second, {@link InspectionCounters#cpuMicros} gives the process's CPU time, so that
 * institutions per CPU second can be compared on a loaded machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ThreeChecksBenchmark {

  @Param({"20"})
  public int institutions;

  @Param({"0.01"})
  public double defectRate;

  private List<Institution> data;
  private long signIns;
  private Inspector engine;
  private Inspector engineUnvalidated;
  private DroolsChecks drools;
  private Inspector engineUnvalidatedNoTimeLimit;

  @Setup(Level.Trial)
  public void setUp() {
    data = Data.generator(Scale.typical(institutions), defectRate).institutions().toList();
    signIns = Data.signIns(data);
    engine = ThreeChecks.engine(1);
    engineUnvalidated = ThreeChecks.engine(1, false);
    engineUnvalidatedNoTimeLimit = ThreeChecks.engine(1, false, java.time.Duration.ZERO);
    drools = new DroolsChecks();
  }

  @Benchmark
  public void engine(InspectionCounters counters, Blackhole bh) {
    counters.startCpu();
    for (Institution i : data) {
      bh.consume(engine.inspect(i));
    }
    count(counters);
  }

  /** The engine without validating the records first (they were: the generator's are valid), like the hand-written loop. */
  @Benchmark
  public void engineUnvalidated(InspectionCounters counters, Blackhole bh) {
    counters.startCpu();
    for (Institution i : data) {
      bh.consume(engineUnvalidated.inspect(i));
    }
    count(counters);
  }

  /**
   * As {@link #engineUnvalidated}, the institutions given as one stream ({@link Inspector#inspectEach}), as a host
   * inspecting many of them does: under the same time limit the stream's own thread runs the checks itself, watched by
   * the consumer, with no hand-off per institution.
   */
  @Benchmark
  public void engineUnvalidatedEach(InspectionCounters counters, Blackhole bh) {
    counters.startCpu();
    try (java.util.stream.Stream<org.ducha.engine.InstitutionReport> reports = engineUnvalidated.inspectEach(data.stream())) {
      reports.forEach(bh::consume);
    }
    count(counters);
  }

  /**
   * As {@link #engineUnvalidated} with no time limit per check: the checks run on the calling thread instead of on a
   * watched worker. The difference is the cost of the time limit (one hand-off per institution).
   */
  @Benchmark
  public void engineUnvalidatedNoTimeLimit(InspectionCounters counters, Blackhole bh) {
    counters.startCpu();
    for (Institution i : data) {
      bh.consume(engineUnvalidatedNoTimeLimit.inspect(i));
    }
    count(counters);
  }

  @Benchmark
  public void handWritten(InspectionCounters counters, Blackhole bh) {
    counters.startCpu();
    for (Institution i : data) {
      bh.consume(HandWritten.inspect(i));
    }
    count(counters);
  }

  @Benchmark
  public void drools(InspectionCounters counters, Blackhole bh) {
    counters.startCpu();
    for (Institution i : data) {
      bh.consume(drools.inspect(i));
    }
    count(counters);
  }

  private void count(InspectionCounters counters) {
    counters.stopCpu();
    counters.institutions += data.size();
    counters.signIns += signIns;
  }
}
