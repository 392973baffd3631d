package org.ducha.testkit;

import org.ducha.engine.InstitutionReport;

/** Entry point of Ducha's AssertJ assertions: {@code assertThat(report).hasFinding("archive.not-bound")}. */
public final class DuchaAssertions {
  private DuchaAssertions() {}

  /** Assertions over one institution's report. */
  public static InstitutionReportAssert assertThat(InstitutionReport report) {
    return new InstitutionReportAssert(report);
  }
}
