package org.ducha.benchmarks.jmh;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ducha.benchmarks.Generator;
import org.ducha.benchmarks.Scale;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;

/**
 * Reading JSON lines: {@link InspectionReader} (parse, bind to the model, locate and validate every record) against
 * Jackson's raw tree parse of the same file, of each line decoded to a string ({@code readTree} per line) and of the
 * file's bytes. The {@link ReadCounters} give bytes per second (MB/s = bytes / 10⁶).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ReadingBenchmark {

  @Param({"20"})
  public int institutions;

  @Param({"0.01"})
  public double defectRate;

  private Generator.Written file;
  /** Plain Jackson, the baseline (formats' own Jackson is relocated inside its jar). */
  private final ObjectMapper mapper = new ObjectMapper();

  @Setup(Level.Trial)
  public void setUp() {
    file = Data.jsonLines(Data.generator(Scale.typical(institutions), defectRate));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    Data.delete(file);
  }

  @Benchmark
  public void inspectionReader(ReadCounters counters, Blackhole bh) {
    try (Stream<InstitutionInput> inputs = InspectionReader.of(List.of(file.file())).institutions()) {
      inputs.forEach(i -> bh.consume(i.institution().orElseThrow()));
    }
    count(counters);
  }

  @Benchmark
  public void jacksonTree(ReadCounters counters, Blackhole bh) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file.file(), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        bh.consume(mapper.readTree(line));
      }
    }
    count(counters);
  }

  /**
   * The same tree parse from the file's bytes, as Jackson reads a sequence of documents (no line decoded to a string
   * first, as {@link #jacksonTree} does and the reader does not): the stricter baseline.
   */
  @Benchmark
  public void jacksonTreeOfBytes(ReadCounters counters, Blackhole bh) throws IOException {
    try (MappingIterator<JsonNode> documents = mapper.readerFor(JsonNode.class).readValues(file.file().toFile())) {
      while (documents.hasNext()) {
        bh.consume(documents.next());
      }
    }
    count(counters);
  }

  private void count(ReadCounters counters) {
    counters.bytes += file.bytes();
    counters.institutions += file.institutions();
  }
}
