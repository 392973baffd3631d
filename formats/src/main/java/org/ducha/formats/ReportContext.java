package org.ducha.formats;

import java.util.Locale;
import java.util.Optional;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.report.ProblemGrouping;
import org.ducha.tracking.Tracking;

/**
 * What a writer needs besides the report: the message texts, the language, how findings group into items, and,
 * when the report was compared with an earlier one, the tracking of its findings.
 *
 * @param messages the message catalogue of the packs that produced the report
 * @param locale the language to write in
 * @param grouping how findings group into numbered items
 * @param tracking the states of the report's findings against an earlier inspection, if it was compared with one;
 *     without it every writer writes exactly what it wrote before tracking existed
 */
public record ReportContext(MessageCatalog messages, Locale locale, ProblemGrouping grouping, Optional<Tracking> tracking) {

  public ReportContext {
    tracking = tracking == null ? Optional.empty() : tracking;
  }

  /** A context with no tracking. */
  public ReportContext(MessageCatalog messages, Locale locale, ProblemGrouping grouping) {
    this(messages, locale, grouping, Optional.empty());
  }

  /** The context of {@code inspector}: its messages, its locale, grouping by topic. */
  public static ReportContext of(Inspector inspector) {
    return new ReportContext(inspector.messages(), inspector.locale(), ProblemGrouping.byTopic(inspector.catalogue()));
  }

  /** The same context in another language. */
  public ReportContext withLocale(Locale other) {
    return new ReportContext(messages, MessageCatalog.resolve(other), grouping, tracking);
  }

  /** The same context with the tracking of the report's findings (see {@link org.ducha.tracking.Tracker}). */
  public ReportContext withTracking(Tracking t) {
    return new ReportContext(messages, locale, grouping, Optional.of(t));
  }

  /** The text of {@code key}, filled from alternating names and values. */
  public String text(String key, Object... namesAndValues) {
    java.util.Map<String, Object> args = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return messages.format(key, args, locale);
  }
}
