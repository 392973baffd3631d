package org.ducha.benchmarks.rules;

/** The institution operates an exam site. A fact for {@code three-checks.drl}. */
public final class ExamSiteFact {
  public ExamSiteFact() {
  }
}
