package org.ducha.benchmarks.jmh;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ducha.benchmarks.Generator;
import org.ducha.engine.Inspector;
import org.ducha.formats.InspectionFiles;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full catalogue (every check of the four packs, the campaign's included) over generated institutions with every
 * defect at {@code defectRate}, as one inspection: the per-institution checks and the inspection-scope checks, which
 * collect facts from every institution and judge them together (identity numbers across institutions), and the
 * checks that count class hours by the clock. In memory ({@link #inMemory}: one {@link org.ducha.engine.InspectionRun}
 * through {@link Inspector#inspect(Optional, Stream)}; the Inspector validates each institution first), and end to
 * end from a JSON-lines file through {@link InspectionFiles} ({@link #endToEnd}; the reader parses and validates on
 * {@code parallelism} threads, the Inspector inspects on as many and does not validate again), as {@code ducha
 * inspect --parallel N} does. One operation is one inspection of all the institutions, its report included; the
 * {@link InspectionCounters} give institutions and sign-in lines per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class CatalogueBenchmark {

  /** The Inspector's parallelism: institutions inspected at once. */
  @Param({"1", "2"})
  public int parallelism;

  @Param({"20"})
  public int institutions;

  @Param({"12"})
  public int classes;

  @Param({"40"})
  public int trainees;

  @Param({"16"})
  public int lessons;

  @Param({"0.01"})
  public double defectRate;

  private List<Institution> data;
  private long signIns;
  private Generator.Written file;
  private Inspector inspector;
  private Inspector afterReader;

  @Setup(Level.Trial)
  public void setUp() {
    Generator g = Data.generator(Data.scale(institutions, classes, trainees, lessons), defectRate);
    data = g.institutions().toList();
    signIns = Data.signIns(data);
    file = Data.jsonLines(g);
    inspector = Data.allChecks(parallelism, true);
    afterReader = Data.allChecks(parallelism, false);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    Data.delete(file);
  }

  @Benchmark
  public void inMemory(InspectionCounters counters, Blackhole bh) {
    bh.consume(Data.inspect(inspector, data));
    counters.institutions += data.size();
    counters.signIns += signIns;
  }

  @Benchmark
  public void endToEnd(InspectionCounters counters, Blackhole bh) {
    bh.consume(Data.inspect(afterReader, file.file()));
    counters.institutions += file.institutions();
    counters.signIns += file.signIns();
  }
}
