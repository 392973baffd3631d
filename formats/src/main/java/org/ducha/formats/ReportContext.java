package org.ducha.formats;

import java.util.Locale;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.report.ProblemGrouping;

/**
 * What a writer needs besides the report: the message texts, the language, and how findings group into items.
 *
 * @param messages the message catalogue of the packs that produced the report
 * @param locale the language to write in
 * @param grouping how findings group into numbered items
 */
public record ReportContext(MessageCatalog messages, Locale locale, ProblemGrouping grouping) {

  /** The context of {@code inspector}: its messages, its locale, grouping by topic. */
  public static ReportContext of(Inspector inspector) {
    return new ReportContext(inspector.messages(), inspector.locale(), ProblemGrouping.byTopic(inspector.catalogue()));
  }

  /** The same context in another language. */
  public ReportContext withLocale(Locale other) {
    return new ReportContext(messages, MessageCatalog.resolve(other), grouping);
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
