package org.ducha.testkit;

import java.util.Optional;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;

/**
 * Entry point of Ducha's AssertJ assertions: {@code assertThat(report).hasFinding("archive.not-bound")}, or, to
 * see every mismatch at once, {@code assertThat(report).allOf(r -> ...)}.
 */
public final class DuchaAssertions {
  private DuchaAssertions() {}

  /** Assertions over one institution's report. */
  public static InstitutionReportAssert assertThat(InstitutionReport report) {
    return new InstitutionReportAssert(report, Optional.empty(), Optional.empty());
  }

  /** Assertions over one institution's report whose failure messages render findings with {@code messages}. */
  public static InstitutionReportAssert assertThat(InstitutionReport report, MessageCatalog messages) {
    return new InstitutionReportAssert(report, Optional.of(messages), Optional.empty());
  }

  /** Assertions over what a {@link CheckTester} run gave; failure messages show each finding's text. */
  public static InstitutionReportAssert assertThat(CheckResults results) {
    return results.assertThat();
  }

  /** Assertions over the report of a whole inspection. */
  public static InspectionReportAssert assertThat(InspectionReport report) {
    return new InspectionReportAssert(report, Optional.empty());
  }

  /** Assertions over the report of a whole inspection whose failure messages render findings with {@code messages}. */
  public static InspectionReportAssert assertThat(InspectionReport report, MessageCatalog messages) {
    return new InspectionReportAssert(report, Optional.of(messages));
  }
}
