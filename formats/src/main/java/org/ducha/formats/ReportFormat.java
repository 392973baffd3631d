package org.ducha.formats;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The report formats. */
public enum ReportFormat {
  /** The problem list as Markdown. */
  MD,
  /** The problem list as a self-contained HTML page with a chart. */
  HTML,
  /** One row per finding, UTF-8 with BOM. */
  CSV,
  /** The full report, for later comparison. */
  JSON;

  /** The built-in format named {@code name} (md, html, csv, json; any case), if there is one. */
  public static java.util.Optional<ReportFormat> named(String name) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name.trim())) {
        return java.util.Optional.of(f);
      }
    }
    return java.util.Optional.empty();
  }

  /** The format named {@code name} (md, html, csv, json; any case). */
  public static ReportFormat parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * The names of every format, in lower case and in this order ({@code md, html, csv, json}): the one list the command
   * line shows in its help, completion and errors. A format added here joins it.
   */
  public static List<String> names() {
    return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
  }
}
