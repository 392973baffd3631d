package org.ducha.finding;

/** How serious a finding is, from least to most. Declaration order is the order of seriousness. */
public enum Severity {
  /** Worth noting; no rule broken. */
  INFO,
  /** A rule broken in form, with little effect on training quality. */
  MINOR,
  /** A rule broken in substance: the notice would list it. */
  MAJOR,
  /** Training or exams are not real: scores without attendance, hours not delivered. */
  CRITICAL;

  /** Whether this severity is {@code other} or more serious. */
  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
