package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ducha.check.CheckDescriptor;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.formats.InspectionFiles;
import org.ducha.formats.JsonReportWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A host reading the example inspections through the library — {@link InspectionFiles} with an Inspector as a host
 * builds it — gets the findings {@code ducha inspect} reports: the same institutions in the same order, the same
 * fingerprints, the campaign named in {@code inspection.yaml} on in both.
 */
class LibraryMatchesCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"jincheng-2022", "jincheng-2022-followup"})
  void the_library_finds_what_the_command_finds(String example, @TempDir Path tmp) {
    Path folder = Path.of("..", "examples", example);
    Path json = tmp.resolve("report.json");
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"inspect", folder.toString(), "--format", "json", "--out", json.toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(code).as("exit code; standard error: %s", err).isEqualTo(Main.OK);
    InspectionReport byCommand = JsonReportWriter.read(json);

    // As a host would: the default inspector (records validated again, one thread), the library's entry point.
    Inspector inspector = Inspector.builder().build();
    InspectionFiles.Result result = InspectionFiles.of(List.of(folder)).inspect(inspector);
    InspectionReport byLibrary = result.report();

    assertThat(result.unreadable()).isFalse();
    assertThat(result.inspectionProblems()).isEmpty();
    assertThat(byLibrary.institutions()).extracting(InstitutionReport::institutionId)
        .containsExactlyElementsOf(byCommand.institutions().stream().map(InstitutionReport::institutionId).toList())
        .containsExactlyElementsOf(result.inspection().orElseThrow().institutionIds());
    assertThat(fingerprints(byLibrary)).isEqualTo(fingerprints(byCommand)).isNotEmpty();

    // The inspection names a campaign: its duties ran, which they do not for a plain inspector alone.
    Set<String> campaignChecks = inspector.catalogue().stream().filter(d -> d.campaign().isPresent()).map(CheckDescriptor::id)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(result.inspection().orElseThrow().campaigns()).isNotEmpty();
    assertThat(result.inspector().profile().campaigns()).containsAll(result.inspection().orElseThrow().campaigns());
    assertThat(campaignChecks).isNotEmpty();
    assertThat(byLibrary.institutions().stream().flatMap(r -> r.outcomes().stream()).filter(o -> campaignChecks.contains(o.checkId())))
        .isNotEmpty()
        .noneMatch(o -> o.detail().orElse("").startsWith("campaign "));
  }

  /** Each institution's finding fingerprints, in report order. */
  private static Map<String, List<String>> fingerprints(InspectionReport report) {
    return report.institutions().stream().collect(Collectors.toMap(InstitutionReport::institutionId,
        r -> r.findings().stream().map(Finding::fingerprint).toList(), (a, b) -> a, java.util.LinkedHashMap::new));
  }
}
