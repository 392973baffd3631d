package org.ducha.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.ducha.engine.InspectionReport;

/**
 * The report formats a host can write: the four built-in ones ({@link ReportFormat}) and those that
 * {@link ReportFormatProvider}s found through {@link ServiceLoader} add, by name.
 */
public final class ReportFormats {
  private ReportFormats() {}

  /** Every format: the built-in ones in their order, then the providers' in the order of their names. */
  public static List<ReportFormatProvider> all() {
    List<ReportFormatProvider> all = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      all.add(builtIn(f));
    }
    List<ReportFormatProvider> added = new ArrayList<>();
    for (ReportFormatProvider p : ServiceLoader.load(ReportFormatProvider.class, ReportFormats.class.getClassLoader())) {
      if (all.stream().noneMatch(b -> b.name().equals(p.name()))) {
        added.add(p);
      }
    }
    added.sort(Comparator.comparing(ReportFormatProvider::name));
    all.addAll(added);
    return all;
  }

  /** The names of {@link #all()}. */
  public static List<String> names() {
    return all().stream().map(ReportFormatProvider::name).toList();
  }

  /**
   * The format named {@code name} (any case).
   *
   * @throws IllegalArgumentException naming every valid format, when there is none of that name
   */
  public static ReportFormatProvider of(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    List<ReportFormatProvider> all = all();
    return all.stream().filter(p -> p.name().equals(wanted)).findFirst().orElseThrow(() -> new IllegalArgumentException(
        "unknown format '" + name + "'; valid formats: " + String.join(", ", all.stream().map(ReportFormatProvider::name).toList())));
  }

  /** The built-in format {@code format} as a provider, writing UTF-8 through its {@link ReportWriter}. */
  public static ReportFormatProvider builtIn(ReportFormat format) {
    return new BuiltIn(format);
  }

  /** A built-in format seen as a provider. */
  private record BuiltIn(ReportFormat format) implements ReportFormatProvider {
    @Override
    public String name() {
      return format.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String extension() {
      return name();
    }

    @Override
    public String contentType() {
      return switch (format) {
        case MD -> "text/markdown; charset=utf-8";
        case HTML -> "text/html; charset=utf-8";
        case CSV -> "text/csv; charset=utf-8";
        case JSON -> "application/json";
      };
    }

    @Override
    public boolean text() {
      return true;
    }

    @Override
    public void write(InspectionReport report, ReportContext context, OutputStream out) throws IOException {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      ReportWriter.of(format).write(report, context, w);
      w.flush();
    }
  }
}
