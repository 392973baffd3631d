package org.ducha.cli.faults;

import java.io.IOException;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.model.Institution;

/**
 * A pack of checks that misbehave in every way the engine must survive: throwing an unchecked exception (with markup
 * in its message), a checked one it never declared, an {@link Error}, overflowing the stack, failing in its class's
 * static initialiser, sleeping, looping while ignoring interruption, and interrupting itself. Only in tests.
 */
public final class FaultPack implements CheckPack {

  public static final String THROWS = "faults.throws.runtime";
  public static final String CHECKED = "faults.throws.checked";
  public static final String ERROR = "faults.throws.error";
  public static final String STACK = "faults.throws.stack-overflow";
  public static final String INIT = "faults.throws.initialiser";
  public static final String SLEEPS = "faults.sleeps";
  public static final String LOOPS = "faults.loops";
  public static final String INTERRUPTS = "faults.interrupts-itself";
  /** Runs after {@link #INTERRUPTS} (ids sort) and naps briefly: it fails if the interrupt leaked to it. */
  public static final String NAPS = "faults.naps";

  /** Every check id of the pack. */
  public static final List<String> IDS = List.of(THROWS, CHECKED, ERROR, STACK, INIT, SLEEPS, LOOPS, INTERRUPTS, NAPS);
  /** The checks that never complete. */
  public static final List<String> FAILING = List.of(THROWS, CHECKED, ERROR, STACK, INIT, SLEEPS, LOOPS);

  /** Markup and a terminal escape in an exception message: must never reach a report as markup. */
  public static final String HOSTILE_MESSAGE = "<b>boom</b> [x](http://evil.example) \u001b[31mred";

  /** The looping check loops until this changes; tests change it when done so that the abandoned threads end. */
  public static volatile int generation;

  @Override
  public String id() {
    return "faults";
  }

  @Override
  public String version() {
    return "0.0.1";
  }

  @Override
  public List<Check> checks() {
    return List.of(
        check(THROWS, () -> { throw new IllegalStateException(HOSTILE_MESSAGE); }),
        check(CHECKED, () -> FaultPack.<RuntimeException>sneaky(new IOException("disk on fire"))),
        check(ERROR, () -> { throw new Error("an error of its own"); }),
        check(STACK, () -> recurse(0)),
        check(INIT, () -> Broken.VALUE.length()),
        check(SLEEPS, () -> {
          try {
            Thread.sleep(600_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }),
        check(LOOPS, () -> {
          int started = generation;
          while (generation == started) {
            try {
              Thread.sleep(5); // naps rather than spins, so that abandoned copies do not slow the tests down
            } catch (InterruptedException ignored) {
              // ignores interruption on purpose: the engine must abandon it
            }
          }
        }),
        check(INTERRUPTS, () -> Thread.currentThread().interrupt()),
        check(NAPS, () -> {
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            throw new IllegalStateException("interrupted by an earlier check", e);
          }
        }));
  }

  @Override
  public String messageBundle() {
    return "org/ducha/cli/faults/faults";
  }

  private static int recurse(int n) {
    return recurse(n + 1) + 1;
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneaky(Throwable t) throws T {
    throw (T) t;
  }

  /** A class whose static initialiser fails: the first use throws ExceptionInInitializerError, later ones NoClassDefFoundError. */
  static final class Broken {
    static final String VALUE = fail();

    private static String fail() {
      throw new IllegalStateException("static state could not be set up");
    }
  }

  private static Check check(String id, Runnable body) {
    CheckDescriptor d = CheckDescriptor.builder(id, Group.GOVERNANCE).regulation(RegulationRef.projectJudgement("test")).build();
    return new Check() {
      @Override
      public CheckDescriptor descriptor() {
        return d;
      }

      @Override
      public void inspect(Institution institution, CheckContext context) {
        body.run();
      }
    };
  }
}
