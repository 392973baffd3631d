package org.ducha.engine;

import java.util.Optional;

/**
 * The outcome of one check on one institution.
 *
 * @param checkId the check
 * @param status what happened
 * @param findings how many findings it reported (0 unless FAIL)
 * @param detail why it did not apply, or the error's class and message
 * @param error the exception, for ERROR
 */
public record CheckOutcome(String checkId, OutcomeStatus status, int findings, Optional<String> detail, Optional<Throwable> error) {

  public CheckOutcome {
    detail = detail == null ? Optional.empty() : detail;
    error = error == null ? Optional.empty() : error;
  }

  /** Equal when check, status, count and detail are: the exception itself is compared by its class and message (in {@code detail}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof CheckOutcome c && checkId.equals(c.checkId) && status == c.status && findings == c.findings && detail.equals(c.detail);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(checkId, status, findings, detail);
  }

  static CheckOutcome ran(String checkId, int findings) {
    return new CheckOutcome(checkId, findings == 0 ? OutcomeStatus.PASS : OutcomeStatus.FAIL, findings, Optional.empty(), Optional.empty());
  }

  static CheckOutcome notApplicable(String checkId, String why) {
    return new CheckOutcome(checkId, OutcomeStatus.NOT_APPLICABLE, 0, Optional.of(why), Optional.empty());
  }

  static CheckOutcome error(String checkId, Throwable t) {
    return new CheckOutcome(checkId, OutcomeStatus.ERROR, 0, Optional.of(t.getClass().getName() + ": " + t.getMessage()), Optional.of(t));
  }
}
