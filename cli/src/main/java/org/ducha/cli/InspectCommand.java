package org.ducha.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.finding.Severity;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.formats.Parsed;
import org.ducha.formats.ReportContext;
import org.ducha.formats.ReportFormat;
import org.ducha.formats.ReportWriter;
import org.ducha.model.Inspection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ducha inspect}: reads records, runs the checks, writes the problem list. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = {"Inspects institutions and prints the problem list (Markdown, zh-CN by default).",
        "Exit code: 0, or 1 when a finding is at or above --fail-on, 2 for bad usage or unreadable input",
        "(the report is still written; unreadable institutions are listed as not inspected)."})
final class InspectCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders (inspection.json|yaml and one file per institution) or files.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "md (default), html, csv or json.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path out;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit with 1 when a finding is at or above: INFO, MINOR, MAJOR or CRITICAL.")
  Severity failOn;

  @Mixin
  InputOptions input;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReportFormat reportFormat = ReportFormat.parse(format);
    InspectionReader reader = InspectionReader.of(InputOptions.nonEmpty(paths));
    Optional<Parsed<Inspection>> parsedInspection = reader.readInspection();
    List<InputProblem> inspectionProblems = parsedInspection.map(Parsed::problems).orElse(List.of());
    for (InputProblem p : inspectionProblems) {
      spec.commandLine().getErr().println("ducha: " + p);
    }
    Optional<Inspection> inspection = parsedInspection.flatMap(Parsed::value);
    Inspector inspector = input.inspector(inspection);
    List<InstitutionReport> reports = new ArrayList<>();
    boolean unreadable = !inspectionProblems.isEmpty();
    try (Stream<InstitutionInput> inputs = reader.institutions()) {
      // Valid institutions are inspected (in parallel if asked); unreadable ones keep their place with their problems.
      List<InstitutionInput> batch = new ArrayList<>();
      for (InstitutionInput in : (Iterable<InstitutionInput>) inputs::iterator) {
        batch.add(in);
        if (batch.size() >= 64) {
          unreadable |= flush(inspector, batch, reports);
        }
      }
      unreadable |= flush(inspector, batch, reports);
    }
    InspectionReport report = inspector.report(inspection, reports);
    ReportContext ctx = ReportContext.of(inspector);
    if (out == null) {
      Writer w = spec.commandLine().getOut();
      ReportWriter.of(reportFormat).write(report, ctx, w);
      w.flush();
    } else {
      try (Writer w = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
        ReportWriter.of(reportFormat).write(report, ctx, w);
      }
    }
    for (InstitutionReport r : report.notInspected()) {
      spec.commandLine().getErr().println("ducha: not inspected: " + r.institutionName() + " (" + r.problems().size() + " problems)");
      for (InputProblem p : r.problems()) {
        spec.commandLine().getErr().println("  " + p);
      }
    }
    if (unreadable) {
      return Main.BAD_INPUT;
    }
    if (failOn != null && report.hasFindingAtOrAbove(failOn)) {
      return Main.FINDINGS;
    }
    return Main.OK;
  }

  private static boolean flush(Inspector inspector, List<InstitutionInput> batch, List<InstitutionReport> reports) {
    boolean bad = false;
    List<InstitutionReport> inspected;
    try (Stream<InstitutionReport> s = inspector.inspectEach(batch.stream().filter(i -> i.institution().isPresent()).map(i -> i.institution().get()))) {
      inspected = s.toList();
    }
    int next = 0;
    for (InstitutionInput in : batch) {
      if (in.institution().isPresent()) {
        reports.add(inspected.get(next++));
      } else {
        reports.add(in.notInspectedReport());
        bad = true;
      }
    }
    batch.clear();
    return bad;
  }
}
