package org.ducha.engine;

/** What happened when one check met one institution. */
public enum OutcomeStatus {
  /** Ran and found nothing. */
  PASS,
  /** Ran and found at least one problem. */
  FAIL,
  /** Did not run: out of scope, not in force on the inspection date, or its campaign is off. */
  NOT_APPLICABLE,
  /** Threw: its findings for this institution are discarded. */
  ERROR
}
