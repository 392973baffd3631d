package org.ducha.engine;

/**
 * A listener the {@link Inspector} tells, after each check that ran on an institution, how long it took: how a host
 * measures checks (for example one Micrometer timer per check id) without wrapping them.
 *
 * <p>Called on the inspecting thread, from several threads at once when the inspector is parallel: implementations
 * must be thread-safe and quick. Not called for checks that did not run (NOT_APPLICABLE). An exception it throws is
 * not caught: it fails the inspection, as a bug in the host should.
 *
 * <p>Implement this; pass it to {@link Inspector.Builder#checkObserver(CheckObserver)}.
 */
@FunctionalInterface
public interface CheckObserver {

  /**
   * One check ran on one institution.
   *
   * @param checkId the check
   * @param status PASS, FAIL or ERROR
   * @param nanos how long its {@code inspect} took, in nanoseconds
   */
  void ran(String checkId, OutcomeStatus status, long nanos);
}
