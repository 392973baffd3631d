package org.ducha.benchmarks.jmh;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ducha.benchmarks.Generator;
import org.ducha.benchmarks.Scale;
import org.ducha.formats.DataFormat;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.formats.workbook.WorkbookWriter;
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
 * Reading one large institution kept in a workbook into the model: {@link InspectionReader} on an {@code .xlsx} file
 * (fastexcel's streaming parse of every sheet, the rows assembled into the institution's document, bound and validated
 * as a JSON file is) against the same institution as one JSON file through the same reader. The institution is the
 * {@link Generator}'s, without defects, {@code classes} × {@code trainees} × {@code lessons} sign-in rows (100 × 40 ×
 * 25 = 100,000 by default). One operation reads the whole institution; the figure is seconds per reading.
 *
 * <p>{@code main} writes the workbook for a run of {@code ducha validate} under {@code /usr/bin/time -v}:
 * {@code java -cp benchmarks/target/benchmarks.jar org.ducha.benchmarks.jmh.WorkbookReadingBenchmark FILE.xlsx
 * [classes trainees lessons]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class WorkbookReadingBenchmark {

  @Param({"100"})
  public int classes;

  @Param({"40"})
  public int trainees;

  @Param({"25"})
  public int lessons;

  private Path xlsx;
  private Path json;

  /** The generated institution of {@code classes} × {@code trainees} × {@code lessons} sign-in rows. */
  static Institution institution(int classes, int trainees, int lessons) {
    return Data.generator(new Scale(1, classes, trainees, lessons), 0).institution(0);
  }

  /** Writes {@code institution} as a workbook to {@code file}. */
  static void writeWorkbook(Institution institution, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      WorkbookWriter.write(institution, out);
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Institution institution = institution(classes, trainees, lessons);
    xlsx = Files.createTempFile("ducha-bench-", ".xlsx");
    writeWorkbook(institution, xlsx);
    json = Files.createTempFile("ducha-bench-", ".json");
    Files.writeString(json, DataFormat.JSON.writeString(institution), StandardCharsets.UTF_8);
    // The measured path must read the institution whole and valid, or it measures error reporting.
    Institution read = read(xlsx);
    if (Generator.signIns(read) != Generator.signIns(institution)) {
      throw new IllegalStateException("the workbook read back holds " + Generator.signIns(read) + " sign-in rows, not "
          + Generator.signIns(institution));
    }
    System.out.printf("%n%d sign-in rows; workbook %,d bytes, JSON %,d bytes%n", Generator.signIns(institution),
        Files.size(xlsx), Files.size(json));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(xlsx);
    Files.deleteIfExists(json);
  }

  private static Institution read(Path file) {
    try (Stream<InstitutionInput> inputs = InspectionReader.of(List.of(file)).institutions()) {
      InstitutionInput in = inputs.findFirst().orElseThrow();
      if (!in.problems().isEmpty()) {
        throw new IllegalStateException(file + ": " + in.problems().size() + " problems, first " + in.problems().get(0));
      }
      return in.institution().orElseThrow();
    }
  }

  @Benchmark
  public void workbook(Blackhole bh) {
    bh.consume(read(xlsx));
  }

  @Benchmark
  public void json(Blackhole bh) {
    bh.consume(read(json));
  }

  /** Writes the benchmark's workbook to the file given (and optionally classes, trainees and lessons). */
  public static void main(String[] args) {
    if (args.length != 1 && args.length != 4) {
      System.err.println("usage: WorkbookReadingBenchmark FILE.xlsx [classes trainees lessons]");
      System.exit(2);
    }
    int c = args.length == 4 ? Integer.parseInt(args[1]) : 100;
    int t = args.length == 4 ? Integer.parseInt(args[2]) : 40;
    int l = args.length == 4 ? Integer.parseInt(args[3]) : 25;
    Institution institution = institution(c, t, l);
    try {
      writeWorkbook(institution, Path.of(args[0]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("wrote " + args[0] + ": " + Generator.signIns(institution) + " sign-in rows");
  }
}
