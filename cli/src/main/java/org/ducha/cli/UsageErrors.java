package org.ducha.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors (unknown option, missing or invalid value…) in the run's language: what is wrong, picocli's "did you
 * mean" suggestions, and where to read the usage; exit code 2. picocli's own messages are English only.
 */
final class UsageErrors implements IParameterExceptionHandler {
  private final CliMessages messages;

  UsageErrors(CliMessages messages) {
    this.messages = messages;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("ducha: " + describe(ex));
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println(messages.text("usage.error.hint", cmd.getCommandSpec().qualifiedName(" ")));
    err.flush();
    return Main.BAD_INPUT;
  }

  /** What is wrong, in the run's language. */
  String describe(ParameterException ex) {
    if (ex instanceof MissingParameterException m) {
      return messages.text("usage.error.missing", m.getMissing().stream().map(UsageErrors::name).collect(Collectors.joining(", ")));
    }
    if (ex instanceof UnmatchedArgumentException u) {
      return messages.text("usage.error.unmatched", String.join(" ", u.getUnmatched()));
    }
    if (ex instanceof OverwrittenOptionException o) {
      return messages.text("usage.error.repeated", name(o.getOverwritten()));
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      String valid = valid(ex.getArgSpec());
      return valid.isEmpty() ? messages.text("usage.error.invalid", name(ex.getArgSpec()), ex.getValue())
          : messages.text("usage.error.invalid-one-of", name(ex.getArgSpec()), ex.getValue(), valid);
    }
    return messages.text("usage.error.other", ex.getMessage());
  }

  /** The values {@code arg} takes, when it takes a fixed set (an enum or completion candidates); else empty. */
  private static String valid(ArgSpec arg) {
    if (arg.type().isEnum()) {
      return Arrays.stream(arg.type().getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
          .collect(Collectors.joining(", "));
    }
    if (arg.completionCandidates() != null) {
      List<String> names = new java.util.ArrayList<>();
      arg.completionCandidates().forEach(names::add);
      return String.join(", ", names);
    }
    return "";
  }

  static String name(ArgSpec arg) {
    return arg instanceof OptionSpec o ? o.longestName() : ((PositionalParamSpec) arg).paramLabel();
  }
}
