package org.ducha.testkit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;

/**
 * Assertions over the report of a whole inspection (several institutions), for host applications. Each
 * assertion checks every institution and lists every offending finding, institution by institution.
 */
public final class InspectionReportAssert extends AbstractAssert<InspectionReportAssert, InspectionReport> {
  private final Optional<MessageCatalog> messages;

  InspectionReportAssert(InspectionReport actual, Optional<MessageCatalog> messages) {
    super(actual, InspectionReportAssert.class);
    this.messages = messages;
  }

  /** Every institution was inspected (none had invalid records). */
  public InspectionReportAssert allInspected() {
    isNotNull();
    List<InstitutionReport> not = actual.notInspected();
    if (!not.isEmpty()) {
      failWithMessage("%s", "Expected every institution to be inspected, but " + not.size() + " were not:\n  "
          + not.stream().map(r -> ReportText.seen(r, messages).replace("\n", "\n  ")).collect(Collectors.joining("\n  ")));
    }
    return this;
  }

  /** No institution has a finding at {@code severity} or above, and no check ended in ERROR anywhere. */
  public InspectionReportAssert hasNoFindingsAtOrAbove(Severity severity) {
    allInspected();
    return none(f -> f.severity().atLeast(severity), "Expected no findings at or above " + severity);
  }

  /** No institution has any finding, and no check ended in ERROR anywhere. */
  public InspectionReportAssert hasNoFindings() {
    allInspected();
    return none(f -> true, "Expected no findings");
  }

  /** No check ended in ERROR for any institution. */
  public InspectionReportAssert hasNoErrors() {
    isNotNull();
    return none(f -> false, "Expected no check to fail with an error");
  }

  private InspectionReportAssert none(java.util.function.Predicate<Finding> bad, String expected) {
    List<String> lines = new ArrayList<>();
    Throwable cause = null;
    int count = 0;
    for (InstitutionReport r : actual.institutions()) {
      if (r.status() != InspectionStatus.INSPECTED) {
        continue;
      }
      List<String> own = new ArrayList<>();
      for (Finding f : r.findings()) {
        if (bad.test(f)) {
          own.add(ReportText.finding(f, messages));
        }
      }
      for (CheckOutcome o : r.outcomes()) {
        if (o.status() == OutcomeStatus.ERROR) {
          own.add("ERROR " + o.checkId() + ": " + o.detail().orElse(""));
          cause = cause != null ? cause : o.error().orElse(null);
        }
      }
      if (!own.isEmpty()) {
        count += own.size();
        lines.add(r.institutionId() + " (" + r.institutionName() + "):\n    " + String.join("\n    ", own));
      }
    }
    if (!lines.isEmpty()) {
      AssertionError e = failure("%s", expected + ", but found " + count + ":\n  " + String.join("\n  ", lines));
      if (cause != null) {
        e.addSuppressed(cause);
      }
      throw e;
    }
    return this;
  }

  /** Assertions over the report of institution {@code institutionId}. */
  public InstitutionReportAssert institution(String institutionId) {
    isNotNull();
    Optional<InstitutionReport> r = actual.institutions().stream().filter(i -> i.institutionId().equals(institutionId)).findFirst();
    if (r.isEmpty()) {
      failWithMessage("Expected a report of institution %s, but the inspection holds %s", institutionId,
          actual.institutions().stream().map(InstitutionReport::institutionId).toList());
    }
    return new InstitutionReportAssert(r.get(), messages, Optional.empty());
  }

  /** Prints every institution's report to standard output. */
  public InspectionReportAssert debug() {
    return debug(System.out);
  }

  /** Prints every institution's report to {@code out}. */
  public InspectionReportAssert debug(PrintStream out) {
    isNotNull();
    for (InstitutionReport r : actual.institutions()) {
      out.print(ReportText.full(r, messages));
    }
    out.flush();
    return this;
  }
}
