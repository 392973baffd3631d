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
// Description (with the exit codes) and option texts: Messages_zh/_en.properties, keys ducha.inspect.*.
@Command(name = "inspect", mixinStandardHelpOptions = true)
final class InspectCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "ducha.inspect.PATH")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", completionCandidates = FormatNames.class)
  String format;

  @Option(names = "--out", paramLabel = "FILE")
  Path out;

  @Option(names = "--fail-on", paramLabel = "SEVERITY")
  Severity failOn;

  @Option(names = "--baseline", paramLabel = "FILE")
  Path baseline;

  @Option(names = "--plan", paramLabel = "FILE")
  Path plan;

  @Option(names = "--waivers", paramLabel = "FILE")
  Path waivers;

  @Option(names = "--waiver-horizon", paramLabel = "DAYS", defaultValue = "365")
  int waiverHorizon;

  @Option(names = "--check-timeout", paramLabel = "TIME", defaultValue = "60s")
  String checkTimeout;

  @Mixin
  InputOptions input;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    CliMessages msg = CliMessages.of(spec);
    ReportFormatProvider reportFormat = ReportFormats.of(FormatNames.check(format, spec));
    if (baseline == null && (plan != null || waivers != null)) {
      throw new IllegalArgumentException(msg.text("error.plan-needs-baseline"));
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
      result = files.inspect(input.inspector(timeout(checkTimeout, msg)), r -> progress.step());
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
        err.println("ducha: " + msg.text("error.stdout"));
        return Main.BAD_INPUT;
      }
    } else {
      AtomicFile.write(out, o -> reportFormat.write(report, ctx, o));
    }
    for (InstitutionReport r : report.notInspected()) {
      err.println("ducha: " + msg.text("inspect.not-inspected", r.institutionName(), r.problems().size()));
      for (InputProblem p : r.problems()) {
        err.println("  " + p.render(input.locale()));
      }
    }
    boolean incomplete = stopped.isPresent();
    for (InstitutionReport r : report.institutions()) {
      for (CheckOutcome o : r.outcomes()) {
        if (o.status() == OutcomeStatus.ERROR) {
          incomplete = true;
          err.println("ducha: " + msg.text("inspect.check-incomplete", o.checkId(), r.institutionName(), r.institutionId(),
              o.detail().orElse(msg.text("inspect.check-failed")).replaceAll("[\r\n]+", " ")));
        }
      }
    }
    stopped.ifPresent(why -> err.println("ducha: " + msg.text("inspect.stopped-early", why,
        report.institutions().size() - report.notInspected().size())));
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

  /** {@code 60s}, {@code 500ms}, {@code 2m}, {@code 90} (seconds), units in any case; {@code 0} for no limit. */
  static Duration timeout(String text, CliMessages msg) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?", java.util.regex.Pattern.CASE_INSENSITIVE)
        .matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(msg.text("error.check-timeout", text));
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(java.util.Locale.ROOT);
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
    CliMessages msg = CliMessages.of(spec);
    for (WaiverOutcome o : tracked.tracking().waivers()) {
      if (o.status() == WaiverOutcome.Status.EXPIRED) {
        err.println("ducha: " + msg.text("inspect.waiver-expired", o.waiver().expires().toString(), o.waiver().finding()));
      } else if (o.status() == WaiverOutcome.Status.UNUSED) {
        err.println("ducha: " + msg.text("inspect.waiver-unused", o.waiver().finding()));
      }
    }
    for (PlanEntry e : tracked.tracking().unmatchedPlanEntries()) {
      err.println("ducha: " + msg.text("inspect.plan-unmatched", e.finding()));
    }
  }
}
