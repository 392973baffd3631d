package org.ducha.engine;

/**
 * Thrown by the {@link Inspector} when it cannot go on inspecting at all, as opposed to one check failing on one
 * institution (which is an {@link OutcomeStatus#ERROR ERROR} outcome and never stops the run). The institutions
 * inspected before it are complete; a caller writes what it has and says the run did not complete, as
 * {@code ducha inspect} does (exit code 3).
 */
public final class InspectionAbortedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the run stopped. */
  public enum Reason {
    /** The Java heap ran out while a check ran. */
    OUT_OF_MEMORY,
    /** Too many checks ran past their time limit and ignored being interrupted: their threads still run. */
    TOO_MANY_RUNAWAY_CHECKS,
    /** The thread waiting for the checks was interrupted. */
    INTERRUPTED
  }

  private final Reason reason;

  InspectionAbortedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Why the run stopped. */
  public Reason reason() {
    return reason;
  }
}
