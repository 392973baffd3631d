package org.ducha.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Severity;
import org.ducha.formats.InspectionFiles;
import org.ducha.formats.JsonReportWriter;
import org.ducha.formats.RectificationPlanReader;
import org.ducha.formats.WaiverReader;
import org.ducha.formats.ReportContext;
import org.ducha.formats.ReportFormat;
import org.ducha.formats.ReportFormatProvider;
import org.ducha.formats.ReportFormats;
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
        "Exit codes: 0 clean; 1 a finding at or above --fail-on; 2 bad usage, unreadable input (the report is still",
        "written; unreadable institutions are listed as not inspected) or a report that could not be written; 3 a check",
        "did not complete (threw or timed out) or the run stopped early (the report of what was done is still written);",
        "70 an internal failure of Ducha. When several apply, the highest in the order 2, 3, 1 wins.",
        "With --baseline (an earlier report written with --format json), each finding is marked new, persisting, overdue,",
        "waived or resolved; --fail-on then leaves waived findings out and counts overdue ones at their raised severity."})
final class InspectCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders (inspection.json|yaml and one file per institution) or files.")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
      description = "md (default), html, csv, json, docx (the official notice; with --out) or a format a jar on the class path adds.")
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

  @Option(names = "--check-timeout", paramLabel = "TIME", defaultValue = "60s",
      description = "Time limit of one check on one institution (default 60s; e.g. 500ms, 90s, 2m; 0 for none). A check still "
          + "running then is abandoned and reported as not completed.")
  String checkTimeout;

  @Mixin
  InputOptions input;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReportFormatProvider reportFormat = ReportFormats.of(format);
    if (baseline == null && (plan != null || waivers != null)) {
      throw new IllegalArgumentException("--plan and --waivers need --baseline (the earlier report they answer)");
    }
    // Read the tracking files first: a mistake in them is reported before any inspecting.
    Optional<Baseline> earlier = input.localized(() -> Optional.ofNullable(baseline).map(JsonReportWriter::readBaseline));
    Optional<Tracker> tracker = earlier.map(b -> Tracker.builder()
        .plan(plan == null ? RectificationPlan.none() : input.localized(() -> RectificationPlanReader.read(plan)))
        .waivers(waivers == null ? List.of() : input.localized(() -> WaiverReader.read(waivers, waiverHorizon)))
        .waiverHorizonDays(waiverHorizon)
        .build());
    InspectionFiles files = InspectionFiles.of(InputOptions.nonEmpty(paths));
    InspectionFiles.Result result;
    try (Progress progress = Progress.forTerminal(spec.commandLine().getErr(), files.institutionCount())) {
      result = files.inspect(input.inspector(timeout(checkTimeout)), r -> progress.step());
    }
    for (InputProblem p : result.inspectionProblems()) {
      spec.commandLine().getErr().println("ducha: " + p.render(input.locale()));
    }
    Inspector inspector = result.inspector();
    InspectionReport inspected = result.report();
    boolean unreadable = result.unreadable();
    Optional<String> stopped = result.stopped();
    if (earlier.isPresent()) {
      List<InputProblem> mismatch = JsonReportWriter.baselineMismatch(earlier.get(), result.inspection(),
          inspected.institutions().stream().map(InstitutionReport::institutionId).toList());
      if (!mismatch.isEmpty()) {
        for (InputProblem p : mismatch) {
          spec.commandLine().getErr().println("ducha: " + baseline + ": " + p.render(input.locale()));
        }
        return Main.BAD_INPUT;
      }
    }
    Optional<TrackedReport> tracked = tracker.map(t -> t.track(earlier.get(), inspected));
    InspectionReport report = tracked.map(TrackedReport::report).orElse(inspected);
    ReportContext ctx = tracked.map(t -> ReportContext.of(inspector).withTracking(t.tracking())).orElse(ReportContext.of(inspector));
    var err = spec.commandLine().getErr();
    if (out == null) {
      PrintWriter w = spec.commandLine().getOut();
      Optional<ReportFormat> builtIn = ReportFormat.named(reportFormat.name());
      if (builtIn.isPresent()) {
        ReportWriter.of(builtIn.get()).write(report, ctx, w);
      } else if (reportFormat.text()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        reportFormat.write(report, ctx, bytes);
        w.write(bytes.toString(StandardCharsets.UTF_8));
      } else {
        w.flush();
        reportFormat.write(report, ctx, System.out);
        System.out.flush();
        if (System.out.checkError()) {
          err.println("ducha: the report could not be written to standard output (closed pipe or full disk?)");
          return Main.BAD_INPUT;
        }
      }
      w.flush();
      if (w.checkError()) {
        err.println("ducha: the report could not be written to standard output (closed pipe or full disk?)");
        return Main.BAD_INPUT;
      }
    } else {
      AtomicFile.write(out, o -> reportFormat.write(report, ctx, o));
    }
    for (InstitutionReport r : report.notInspected()) {
      err.println("ducha: not inspected: " + r.institutionName() + " (" + r.problems().size() + " problems)");
      for (InputProblem p : r.problems()) {
        err.println("  " + p.render(input.locale()));
      }
    }
    boolean incomplete = stopped.isPresent();
    for (InstitutionReport r : report.institutions()) {
      for (CheckOutcome o : r.outcomes()) {
        if (o.status() == OutcomeStatus.ERROR) {
          incomplete = true;
          err.println("ducha: check " + o.checkId() + " did not complete on " + r.institutionName() + " (" + r.institutionId() + "): "
              + o.detail().orElse("failed").replaceAll("[\r\n]+", " "));
        }
      }
    }
    stopped.ifPresent(why -> err.println("ducha: inspecting stopped early: " + why + ". The report holds the "
        + (report.institutions().size() - report.notInspected().size()) + " institutions inspected before; the others were not inspected."));
    tracked.ifPresent(this::warn);
    // 2 before 3 before 1: with bad input the report is not about what was asked, so that is fixed first; a check that
    // did not complete makes the report incomplete, so "no finding at or above --fail-on" could not be trusted.
    if (unreadable) {
      return Main.BAD_INPUT;
    }
    if (incomplete) {
      return Main.INCOMPLETE;
    }
    boolean failing = failOn != null && (tracked.isPresent() ? tracked.get().hasFindingAtOrAbove(failOn) : report.hasFindingAtOrAbove(failOn));
    if (failing) {
      return Main.FINDINGS;
    }
    return Main.OK;
  }

  /** {@code 60s}, {@code 500ms}, {@code 2m}, {@code 90} (seconds); {@code 0} for no limit. */
  static Duration timeout(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?").matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("--check-timeout '" + text + "': give a number with ms, s, m or h (e.g. 60s), or 0 for no limit");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    };
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
