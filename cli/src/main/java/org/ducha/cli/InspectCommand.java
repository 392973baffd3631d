package org.ducha.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Severity;
import org.ducha.formats.InspectionFiles;
import org.ducha.formats.JsonReportWriter;
import org.ducha.formats.RectificationPlanReader;
import org.ducha.formats.WaiverReader;
import org.ducha.formats.ReportContext;
import org.ducha.formats.ReportFormat;
import org.ducha.formats.ReportWriter;
import org.ducha.tracking.Baseline;
import org.ducha.tracking.PlanEntry;
import org.ducha.tracking.RectificationPlan;
import org.ducha.tracking.TrackedReport;
import org.ducha.tracking.Tracker;
import org.ducha.tracking.WaiverOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ducha inspect}: reads records, runs the checks, writes the problem list. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = {"Inspects institutions and prints the problem list (Markdown, zh-CN by default).",
        "Exit code: 0, or 1 when a finding is at or above --fail-on, 2 for bad usage or unreadable input",
        "(the report is still written; unreadable institutions are listed as not inspected).",
        "With --baseline (an earlier report written with --format json), each finding is marked new, persisting, overdue,",
        "waived or resolved; --fail-on then leaves waived findings out and counts overdue ones at their raised severity."})
final class InspectCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders (inspection.json|yaml and one file per institution) or files.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "md (default), html, csv or json.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path out;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit with 1 when a finding is at or above: INFO, MINOR, MAJOR or CRITICAL.")
  Severity failOn;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "An earlier report (JSON, from --format json) to compare with: new, persisting, resolved findings.")
  Path baseline;

  @Option(names = "--plan", paramLabel = "FILE",
      description = "Rectification plan of the earlier findings (YAML or JSON): responsible person and deadline; needs --baseline.")
  Path plan;

  @Option(names = "--waivers", paramLabel = "FILE",
      description = "Waivers (YAML or JSON): accepted exceptions with justification, approver and expiry; needs --baseline.")
  Path waivers;

  @Option(names = "--waiver-horizon", paramLabel = "DAYS", defaultValue = "365",
      description = "The longest a waiver may run after its approval, in days (default 365).")
  int waiverHorizon;

  @Mixin
  InputOptions input;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReportFormat reportFormat = ReportFormat.parse(format);
    if (baseline == null && (plan != null || waivers != null)) {
      throw new IllegalArgumentException("--plan and --waivers need --baseline (the earlier report they answer)");
    }
    // Read the tracking files first: a mistake in them is reported before any inspecting.
    Optional<Baseline> earlier = Optional.ofNullable(baseline).map(JsonReportWriter::readBaseline);
    Optional<Tracker> tracker = earlier.map(b -> Tracker.builder()
        .plan(plan == null ? RectificationPlan.none() : RectificationPlanReader.read(plan))
        .waivers(waivers == null ? List.of() : WaiverReader.read(waivers, waiverHorizon))
        .waiverHorizonDays(waiverHorizon)
        .build());
    InspectionFiles files = InspectionFiles.of(InputOptions.nonEmpty(paths));
    InspectionFiles.Result result;
    try (Progress progress = Progress.forTerminal(spec.commandLine().getErr(), files.institutionCount())) {
      result = files.inspect(input.inspector(), r -> progress.step());
    }
    for (InputProblem p : result.inspectionProblems()) {
      spec.commandLine().getErr().println("ducha: " + p);
    }
    Inspector inspector = result.inspector();
    InspectionReport inspected = result.report();
    boolean unreadable = result.unreadable();
    Optional<TrackedReport> tracked = tracker.map(t -> t.track(earlier.get(), inspected));
    InspectionReport report = tracked.map(TrackedReport::report).orElse(inspected);
    ReportContext ctx = tracked.map(t -> ReportContext.of(inspector).withTracking(t.tracking())).orElse(ReportContext.of(inspector));
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
    tracked.ifPresent(this::warn);
    if (unreadable) {
      return Main.BAD_INPUT;
    }
    boolean failing = failOn != null && (tracked.isPresent() ? tracked.get().hasFindingAtOrAbove(failOn) : report.hasFindingAtOrAbove(failOn));
    if (failing) {
      return Main.FINDINGS;
    }
    return Main.OK;
  }

  /** Waivers that no longer apply or named nothing, and plan entries that named nothing, on standard error. */
  private void warn(TrackedReport tracked) {
    var err = spec.commandLine().getErr();
    for (WaiverOutcome o : tracked.tracking().waivers()) {
      if (o.status() == WaiverOutcome.Status.EXPIRED) {
        err.println("ducha: waiver expired on " + o.waiver().expires() + ", no longer applies: " + o.waiver().finding());
      } else if (o.status() == WaiverOutcome.Status.UNUSED) {
        err.println("ducha: waiver names no finding of this inspection (unused): " + o.waiver().finding());
      }
    }
    for (PlanEntry e : tracked.tracking().unmatchedPlanEntries()) {
      err.println("ducha: plan entry names no finding of the baseline: " + e.finding());
    }
  }
}
