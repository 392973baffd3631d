package org.ducha.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ducha} command. */
@Command(name = "ducha", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Inspects safety-training institutions and exam sites from their records.",
    subcommands = {InspectCommand.class, DiffCommand.class, ChecksCommand.class, DocsCommand.class, ValidateCommand.class})
public final class Main implements Runnable {

  /** Exit code: no finding at or above --fail-on. */
  public static final int OK = 0;
  /** Exit code: a finding at or above --fail-on. */
  public static final int FINDINGS = 1;
  /** Exit code: bad usage, or input that could not be read or was invalid. */
  public static final int BAD_INPUT = 2;

  /** Held so that the level set on it is not lost when the logger would otherwise be collected. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command with {@code args} and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /** Runs the command with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("ducha: " + e.getMessage());
      return BAD_INPUT;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The version of the packaged command. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"ducha " + (v == null ? "(development build)" : v)};
    }
  }
}
