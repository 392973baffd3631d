package org.ducha.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ducha.engine.ConfigurationException;
import org.ducha.engine.InvalidRecordsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ducha} command. */
// Descriptions, option texts and headings: CliMessages' bundles (Messages_zh/_en.properties).
@Command(name = "ducha", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    subcommands = {InspectCommand.class, DiffCommand.class, ChecksCommand.class, DocsCommand.class, ValidateCommand.class,
        CommandLine.HelpCommand.class, CompletionCommand.class, TemplateCommand.class})
public final class Main implements Runnable {

  /** Exit code: no finding at or above --fail-on. */
  public static final int OK = 0;
  /** Exit code: a finding at or above --fail-on. */
  public static final int FINDINGS = 1;
  /** Exit code: bad usage, input that could not be read or was invalid, or a report that could not be written. */
  public static final int BAD_INPUT = 2;
  /** Exit code: a check did not complete (threw or timed out) or the run stopped early; the report of what was done is written. */
  public static final int INCOMPLETE = 3;
  /**
   * Exit code: Ducha itself failed (a bug: please report it with the stack trace it printed). 70 is {@code EX_SOFTWARE} of
   * BSD's sysexits, so that it can never be taken for "findings" (1).
   */
  public static final int INTERNAL_ERROR = 70;

  /** Held so that the level set on it is not lost when the logger would otherwise be collected. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Read before parsing ({@link CliMessages#choose}) and the default of the commands' own {@code --locale}. */
  @CommandLine.Option(names = "--locale", paramLabel = "LOCALE", completionCandidates = InputOptions.Locales.class)
  String locale;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command with {@code args} and exits with its code; messages in the system's language if it is English. */
  public static void main(String[] args) {
    // Standard output through its file descriptor, not System.out: a PrintStream swallows write errors (closed pipe,
    // full disk), which the command must see to say so (PrintWriter.checkError()).
    System.exit(run(args, new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), CliMessages.system()));
  }

  /**
   * Runs the command with {@code args}, writing to {@code out} and {@code err}; returns the exit code. The language is
   * zh-CN unless the arguments hold {@code --locale}: a run in a host or a test does not depend on the machine's locale.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Locale.ROOT);
  }

  /**
   * Runs the command with {@code args}, writing to {@code out} and {@code err}, in the language {@link CliMessages#choose}
   * picks from the arguments and {@code system}; returns the exit code.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Locale system) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    CliMessages messages = CliMessages.of(CliMessages.choose(args, system));
    CommandLine cl = new CommandLine(new Main());
    cl.setResourceBundle(messages.bundle());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setDefaultValueProvider(new CliDefaults(messages.locale()));
    cl.setParameterExceptionHandler(new UsageErrors(messages));
    // The synopsis first, then the one-line header (which the command list shows) and the description.
    java.util.List<String> sections = new java.util.ArrayList<>(cl.getHelpSectionKeys());
    sections.removeAll(java.util.List.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER));
    int synopsis = sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS);
    sections.addAll(synopsis + 1, java.util.List.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING,
        CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER));
    cl.setHelpSectionKeys(sections);
    // Everything the command prints passes through ConsoleWriter: no control or bidirectional character from the
    // records reaches the terminal as it is.
    PrintWriter console = new ConsoleWriter(out);
    PrintWriter errors = new ConsoleWriter(err);
    cl.setOut(console);
    cl.setErr(errors);
    cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (badInput(e)) {
        commandLine.getErr().println("ducha: " + e.getMessage());
        return BAD_INPUT;
      }
      commandLine.getErr().println("ducha: " + messages.text("error.internal", e));
      e.printStackTrace(commandLine.getErr());
      return INTERNAL_ERROR;
    });
    int code;
    try {
      code = cl.execute(args);
    } catch (RuntimeException | Error e) { // picocli's own failures, or an error its handler could not handle
      errors.println("ducha: " + messages.text("error.internal", e));
      e.printStackTrace(errors);
      code = INTERNAL_ERROR;
    }
    console.flush();
    errors.flush();
    return code;
  }

  /**
   * Whether {@code e} says the usage or the input was bad (exit 2), as opposed to a failure of Ducha itself (exit 70): the
   * exceptions Ducha throws on purpose for bad arguments, files and records, and I/O errors on the files named.
   */
  static boolean badInput(Throwable e) {
    return e instanceof IllegalArgumentException || e instanceof InvalidRecordsException || e instanceof ConfigurationException
        || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException || e instanceof java.time.DateTimeException
        || e instanceof CommandLine.ParameterException
        // readers wrap I/O failures on the files they were given
        || (e instanceof IllegalStateException && (e.getCause() instanceof java.io.IOException || e.getCause() instanceof java.io.UncheckedIOException));
  }

  /** The version of the command (from the build), of the Java runtime, and of each check pack loaded. */
  static final class Version implements CommandLine.IVersionProvider {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public String[] getVersion() {
      java.util.List<String> lines = new java.util.ArrayList<>();
      lines.add("ducha " + version());
      lines.add("Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")");
      org.ducha.engine.Catalogue.loader().load().orThrow().packInfos()
          .forEach(p -> lines.add("  " + CliMessages.of(spec).text("version.pack", p.id(), p.version(), p.checkIds().size())));
      return lines.toArray(String[]::new);
    }

    /** The project version the build wrote into {@code version.properties}. */
    static String version() {
      try (java.io.InputStream in = Main.class.getResourceAsStream("version.properties")) {
        java.util.Properties p = new java.util.Properties();
        if (in != null) {
          p.load(in);
        }
        String v = p.getProperty("version", "");
        return v.isEmpty() || v.startsWith("${") ? "(development build)" : v;
      } catch (java.io.IOException e) {
        return "(development build)";
      }
    }
  }
}
