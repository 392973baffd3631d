package org.ducha.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.InspectionRun;
import org.ducha.engine.Inspector;
import org.ducha.finding.Severity;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.JsonReportWriter;
import org.ducha.formats.RectificationPlanReader;
import org.ducha.formats.WaiverReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.formats.Parsed;
import org.ducha.formats.ReportContext;
import org.ducha.formats.ReportFormat;
import org.ducha.formats.ReportWriter;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;
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
    InspectionRun run = inspector.newRun(); // the inspection-scope checks collect facts as institutions stream past
    try (Stream<InstitutionInput> inputs = reader.institutions(input.parallelism);
        Progress progress = Progress.forTerminal(spec.commandLine().getErr(), knownCount(reader))) {
      unreadable |= inspectAll(run, inputs, reports, progress);
    }
    InspectionReport inspected = run.report(inspection, reports);
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

  /**
   * Inspects the institutions as they are read, in parallel if asked, and adds their reports in reading order; an
   * unreadable institution keeps its place with its problems. Streams: only the institutions being inspected (a few
   * per thread) are held, never all of them; the reports hold findings, not records. Returns whether any was unreadable.
   */
  static boolean inspectAll(Inspector inspector, Stream<InstitutionInput> inputs, List<InstitutionReport> reports, Progress progress) {
    return inspectAll(inspector.newRun(), inputs, reports, progress);
  }

  /** {@link #inspectAll(Inspector, Stream, List, Progress)} within {@code run}, whose report judges the inspection-scope checks. */
  static boolean inspectAll(InspectionRun run, Stream<InstitutionInput> inputs, List<InstitutionReport> reports, Progress progress) {
    // Every input read so far whose report is not yet added, in reading order; the inspector reads ahead a little.
    Deque<InstitutionInput> waiting = new ArrayDeque<>();
    Iterator<InstitutionInput> source = inputs.iterator();
    Iterator<Institution> readable = new Iterator<>() {
      private Institution next;

      @Override
      public boolean hasNext() {
        while (next == null && source.hasNext()) {
          InstitutionInput in = source.next();
          waiting.add(in);
          next = in.institution().orElse(null);
        }
        return next != null;
      }

      @Override
      public Institution next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Institution n = next;
        next = null;
        return n;
      }
    };
    boolean bad = false;
    Stream<Institution> institutions = StreamSupport.stream(Spliterators.spliteratorUnknownSize(readable, Spliterator.ORDERED), false);
    try (Stream<InstitutionReport> inspected = run.inspectEach(institutions)) {
      Iterator<InstitutionReport> it = inspected.iterator();
      while (it.hasNext()) {
        InstitutionReport report = it.next();
        // The unreadable inputs read before this report's institution, then the report itself.
        for (InstitutionInput in = waiting.removeFirst(); in.institution().isEmpty(); in = waiting.removeFirst()) {
          reports.add(in.notInspectedReport());
          bad = true;
        }
        reports.add(report);
        progress.step();
      }
    }
    for (InstitutionInput in : waiting) {
      reports.add(in.notInspectedReport());
      bad = true;
    }
    return bad;
  }

  /** How many institutions there are, when every file holds one (JSON-lines files are counted only as they are read). */
  private static OptionalLong knownCount(InspectionReader reader) {
    boolean lines = reader.institutionFiles().stream().anyMatch(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl"));
    return lines ? OptionalLong.empty() : OptionalLong.of(reader.institutionFiles().size());
  }
}
