package org.ducha.benchmarks.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ducha.benchmarks.Generator;
import org.ducha.benchmarks.Scale;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.model.Institution;
import org.junit.jupiter.api.Test;

/**
 * What {@code CatalogueBenchmark} runs: the whole catalogue as one inspection, in memory and from a JSON-lines file,
 * so that the inspection-scope checks judge the institutions together and the clock-based checks run. Not a timing.
 */
class CatalogueRunTest {

  @Test
  void both_ways_run_the_inspection_scope_and_clock_based_checks_and_find_the_same() {
    Generator g = Data.generator(new Scale(6, 3, 8, 4), 0.1);
    List<Institution> institutions = g.institutions().toList();
    Inspector inMemory = Data.allChecks(1, true);
    Set<String> inMemoryFound = fingerprints(Data.inspect(inMemory, institutions));
    Generator.Written file = Data.jsonLines(g);
    Set<String> endToEndFound;
    try {
      endToEndFound = fingerprints(Data.inspect(Data.allChecks(2, false), file.file()));
    } finally {
      Data.delete(file);
    }
    assertThat(endToEndFound).as("end to end finds what in memory finds").isEqualTo(inMemoryFound);

    Set<String> checks = new TreeSet<>();
    Data.inspect(inMemory, institutions).institutions().forEach(r -> r.findings().forEach(f -> checks.add(f.checkId())));
    assertThat(inMemory.inspectionScopeCheckIds()).as("the catalogue has inspection-scope checks").isNotEmpty();
    // planted across institutions (SHARED_TRAINEE, SHARED_STAFF): found only when the institutions are judged together
    assertThat(checks).contains("archive.attendance.cross-institution", "staffing.identity-number.name-mismatch");
    // hours counted by the clock
    assertThat(checks).contains("archive.exam.hours-short");
  }

  private static Set<String> fingerprints(InspectionReport report) {
    Set<String> out = new TreeSet<>();
    for (InstitutionReport r : report.institutions()) {
      for (Finding f : r.findings()) {
        out.add(f.checkId() + " " + f.fingerprint());
      }
    }
    return out;
  }
}
