package org.ducha.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of one check on one institution.
 *
 * @param checkId the check
 * @param status what happened
 * @param findings how many findings it reported (0 unless FAIL)
 * @param detail why it did not apply, or for ERROR the exception's class and message (or the time limit it exceeded):
 *     for the check's author, not for the report's reader
 * @param error the exception, for ERROR (absent when read back from a file, and for a check that timed out)
 * @param errorKind for ERROR, how the check failed to complete: what a report shows its reader
 */
public record CheckOutcome(String checkId, OutcomeStatus status, int findings, Optional<String> detail, Optional<Throwable> error,
    Optional<ErrorKind> errorKind) {

  /** How a check failed to complete on an institution. */
  public enum ErrorKind {
    /** It threw an exception or an error. */
    THREW,
    /** It overflowed the stack (often endless recursion). */
    STACK_OVERFLOW,
    /** It ran past the time limit and was abandoned. */
    TIMED_OUT
  }

  public CheckOutcome {
    detail = detail == null ? Optional.empty() : detail;
    error = error == null ? Optional.empty() : error;
    errorKind = errorKind == null ? Optional.empty() : errorKind;
    if (status == OutcomeStatus.ERROR && errorKind.isEmpty()) {
      errorKind = Optional.of(error.filter(StackOverflowError.class::isInstance).isPresent() ? ErrorKind.STACK_OVERFLOW : ErrorKind.THREW);
    }
  }

  /** An outcome as it was before {@code errorKind} existed: for ERROR, the kind follows from {@code error}. */
  public CheckOutcome(String checkId, OutcomeStatus status, int findings, Optional<String> detail, Optional<Throwable> error) {
    this(checkId, status, findings, detail, error, Optional.empty());
  }

  /** Equal when check, status, count, detail and kind are: the exception itself is compared by its class and message (in {@code detail}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof CheckOutcome c && checkId.equals(c.checkId) && status == c.status && findings == c.findings && detail.equals(c.detail)
        && errorKind.equals(c.errorKind);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(checkId, status, findings, detail, errorKind);
  }

  static CheckOutcome ran(String checkId, int findings) {
    return new CheckOutcome(checkId, findings == 0 ? OutcomeStatus.PASS : OutcomeStatus.FAIL, findings, Optional.empty(), Optional.empty());
  }

  static CheckOutcome notApplicable(String checkId, String why) {
    return new CheckOutcome(checkId, OutcomeStatus.NOT_APPLICABLE, 0, Optional.of(why), Optional.empty());
  }

  static CheckOutcome error(String checkId, Throwable t) {
    return new CheckOutcome(checkId, OutcomeStatus.ERROR, 0, Optional.of(t.getClass().getName() + ": " + t.getMessage()), Optional.of(t),
        Optional.of(t instanceof StackOverflowError ? ErrorKind.STACK_OVERFLOW : ErrorKind.THREW));
  }

  static CheckOutcome timedOut(String checkId, Duration limit) {
    return new CheckOutcome(checkId, OutcomeStatus.ERROR, 0, Optional.of("timed out: still running after " + seconds(limit) + ", abandoned"),
        Optional.empty(), Optional.of(ErrorKind.TIMED_OUT));
  }

  /** {@code 60 s}, {@code 0.25 s}. */
  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
  }
}
