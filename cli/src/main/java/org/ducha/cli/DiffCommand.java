package org.ducha.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.formats.JsonReportWriter;
import org.ducha.formats.ReportContext;
import org.ducha.tracking.InstitutionTracking;
import org.ducha.tracking.TrackedFinding;
import org.ducha.tracking.Tracker;
import org.ducha.tracking.Tracking;
import org.ducha.tracking.TrackingState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ducha diff}: compares two JSON reports and prints, per institution, what is new, persisting and resolved. */
// Texts: Messages_zh/_en.properties, keys ducha.diff.*.
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD", descriptionKey = "ducha.diff.OLD")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", descriptionKey = "ducha.diff.NEW")
  Path newer;

  @Option(names = "--locale", paramLabel = "LOCALE", completionCandidates = InputOptions.Locales.class)
  String locale;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** The states listed, in order, with the mark before each finding. */
  private static final List<TrackingState> ORDER = List.of(TrackingState.NEW, TrackingState.PERSISTING, TrackingState.OVERDUE,
      TrackingState.WAIVED, TrackingState.RESOLVED, TrackingState.NOT_RECHECKED);

  @Override
  public Integer call() {
    Locale l = InputOptions.locale(locale, CliMessages.of(spec));
    Tracking tracking = Tracker.plain().track(JsonReportWriter.readBaseline(older), JsonReportWriter.read(newer)).tracking();
    Inspector inspector = Inspector.builder().locale(MessageCatalog.resolve(l)).build();
    ReportContext ctx = ReportContext.of(inspector).withTracking(tracking);
    MessageCatalog m = inspector.messages();
    var out = spec.commandLine().getOut();
    var total = tracking.summary().total();
    out.println(ctx.text("report.tracking.compared", "baseline", tracking.baseline()
            .map(i -> ctx.text("report.tracking.baseline-named", "name", i.name(), "start", i.periodStart(), "end", i.periodEnd()))
            .orElse(ctx.text("report.tracking.baseline-unnamed")),
        "new", total.count(TrackingState.NEW), "persisting", total.count(TrackingState.PERSISTING),
        "overdue", total.count(TrackingState.OVERDUE), "resolved", total.count(TrackingState.RESOLVED),
        "waived", total.count(TrackingState.WAIVED)));
    int n = 0;
    for (InstitutionTracking i : tracking.institutions()) {
      out.println();
      out.println(++n + ". " + i.institutionName() + " (" + i.institutionId() + ")");
      if (i.findings().isEmpty()) {
        out.println("  " + ctx.text("report.no-problems"));
      }
      for (TrackingState s : ORDER) {
        List<TrackedFinding> in = i.inState(s);
        if (in.isEmpty()) {
          continue;
        }
        out.println("  " + ctx.text("report.tracking.state-count", "state", ctx.text("report.state." + s.name()), "count", in.size()));
        for (TrackedFinding t : in) {
          String since = t.seenBefore() ? "  (" + ctx.text("report.tracking.first-seen", "date", t.firstSeen()) + ")" : "";
          out.println("    " + mark(s) + " " + t.finding().checkId() + "  " + t.finding().subject().fullLabel() + ctx.text("report.tracking.label-end")
              + m.message(t.finding(), ctx.locale()) + since);
        }
      }
    }
    return Main.OK;
  }

  private static String mark(TrackingState s) {
    return switch (s) {
      case NEW -> "+";
      case RESOLVED -> "-";
      case NOT_RECHECKED -> "?";
      default -> "=";
    };
  }
}
