package org.ducha.cli;

import java.util.Iterator;
import java.util.Locale;
import org.ducha.formats.ReportFormats;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** The names {@code --format} takes, from the formats module's one list ({@link ReportFormat#names()}): help, completion, errors. */
final class FormatNames implements Iterable<String> {

  @Override
  public Iterator<String> iterator() {
    return ReportFormats.names().iterator();
  }

  /** {@code name} in lower case if it names a format (in any case); else a usage error listing the formats. */
  static String check(String name, CommandSpec spec) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (!ReportFormats.names().contains(n)) {
      throw new ParameterException(spec.commandLine(),
          CliMessages.of(spec).text("error.unknown-format", name, String.join(", ", ReportFormats.names())));
    }
    return n;
  }
}
