package org.ducha.engine;

/**
 * A listener the {@link Inspector} tells, after each check that ran on an institution, how long it took, and after
 * each inspection-scope check judged the facts of a run, how long that took: how a host measures checks (for example
 * one Micrometer timer per check id) without wrapping them. Collecting an inspection-scope check's facts, spread over
 * the institutions as they pass, is not reported.
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

  /**
   * An inspection-scope check judged the facts of one run (see {@link InspectionRun#report}): every key, one after
   * another. Called once per enabled inspection-scope check and run, on the judging thread; several checks may be
   * judged at once.
   *
   * @param checkId the check
   * @param keys how many keys it judged
   * @param nanos how long judging took, in nanoseconds
   */
  default void judged(String checkId, long keys, long nanos) {}
}
