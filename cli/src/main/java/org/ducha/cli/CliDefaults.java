package org.ducha.cli;

import java.util.Locale;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults that depend on where the command runs: {@code --locale} is the language {@link CliMessages} chose for the
 * run (the messages' language, so that the report is in it too).
 */
final class CliDefaults implements IDefaultValueProvider {
  private final Locale locale;

  CliDefaults(Locale locale) {
    this.locale = locale;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (arg instanceof OptionSpec o && o.longestName().equals("--locale")) {
      return locale.toLanguageTag();
    }
    return null;
  }
}
