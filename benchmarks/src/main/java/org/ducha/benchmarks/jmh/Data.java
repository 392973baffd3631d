package org.ducha.benchmarks.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ducha.benchmarks.Generator;
import org.ducha.benchmarks.Scale;
import org.ducha.check.Campaigns;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.Profile;
import org.ducha.formats.InspectionFiles;
import org.ducha.model.Institution;

/** What the benchmarks share: the generated data and the full catalogue. */
final class Data {
  private Data() {}

  /** The seed of every benchmark's data. */
  static final long SEED = 20220420L;

  /** A generator of {@code scale} with every defect at {@code rate}. */
  static Generator generator(Scale scale, double rate) {
    return Generator.builder().seed(SEED).scale(scale).allRates(rate).build();
  }

  /**
   * Every check of every pack on the class path, the campaign's included; {@code validate}: whether the inspector
   * validates each institution first (not needed after {@code InspectionReader}, which did).
   */
  static Inspector allChecks(int parallelism, boolean validate) {
    return Inspector.builder()
        .profile(Profile.builder("all").campaign(Campaigns.ZOUGUOCHANG_2021).build())
        .parallelism(parallelism)
        .validateRecords(validate)
        .build();
  }

  /**
   * One inspection of {@code institutions} in memory, as {@code CatalogueBenchmark.inMemory} runs it: one run, so the
   * inspection-scope checks judge the facts of every institution together.
   */
  static InspectionReport inspect(Inspector inspector, List<Institution> institutions) {
    return inspector.inspect(Optional.empty(), institutions.stream());
  }

  /**
   * One inspection of a JSON-lines file, as {@code CatalogueBenchmark.endToEnd} and {@code ducha inspect} run it:
   * read and validated on the inspector's threads, inspected in one run (the inspection-scope checks included).
   */
  static InspectionReport inspect(Inspector inspector, Path file) {
    InspectionFiles.Result r = InspectionFiles.of(List.of(file)).inspect(inspector);
    if (r.unreadable() || r.stopped().isPresent()) {
      throw new IllegalStateException("the benchmark's file was not inspected whole: " + file);
    }
    return r.report();
  }

  static long signIns(List<Institution> institutions) {
    return institutions.stream().mapToLong(Generator::signIns).sum();
  }

  /** A temporary JSON-lines file of the generator's institutions. */
  static Generator.Written jsonLines(Generator g) {
    try {
      Path file = Files.createTempFile("ducha-bench-", ".jsonl");
      return g.writeJsonLines(file, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Generator.Written w) {
    try {
      if (w != null) {
        Files.deleteIfExists(w.file());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Scale scale(int institutions, int classes, int trainees, int lessons) {
    return new Scale(institutions, classes, trainees, lessons);
  }

}
