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
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Compares two reports written with --format json and prints, per institution, the findings that are new,",
        "persisting and resolved (and those that could not be rechecked). The older report's own tracking, if it has one,",
        "carries first-seen days on. Exit code: 0, or 2 when a report cannot be read."})
final class DiffCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier report (JSON).")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later report (JSON).")
  Path newer;

  @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "zh-CN", description = "zh-CN (default) or en.")
  String locale;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  /** The states listed, in order, with the mark before each finding. */
  private static final List<TrackingState> ORDER = List.of(TrackingState.NEW, TrackingState.PERSISTING, TrackingState.OVERDUE,
      TrackingState.WAIVED, TrackingState.RESOLVED, TrackingState.NOT_RECHECKED);

  @Override
  public Integer call() {
    Locale l = Locale.forLanguageTag(locale);
    if (!l.getLanguage().equals("zh") && !l.getLanguage().equals("en")) {
      throw new IllegalArgumentException("unsupported locale '" + locale + "': use zh-CN or en");
    }
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
