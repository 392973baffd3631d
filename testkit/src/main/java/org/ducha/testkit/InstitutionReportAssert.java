package org.ducha.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;

/** Assertions over one institution's report. Failure messages list what the report holds. */
public final class InstitutionReportAssert extends AbstractAssert<InstitutionReportAssert, InstitutionReport> {

  InstitutionReportAssert(InstitutionReport actual) {
    super(actual, InstitutionReportAssert.class);
  }

  private String seen() {
    if (actual.status() == InspectionStatus.NOT_INSPECTED) {
      return "the institution was NOT inspected:\n  " + actual.problems().stream().map(Object::toString).collect(Collectors.joining("\n  "));
    }
    if (actual.findings().isEmpty()) {
      return "no findings";
    }
    return "findings:\n  " + actual.findings().stream().map(InstitutionReportAssert::describe).collect(Collectors.joining("\n  "));
  }

  static String describe(Finding f) {
    return f.checkId() + " " + f.severity() + " [" + f.subject().key() + "] " + f.arguments() + " evidence " + f.evidence();
  }

  /** The institution was inspected (its records were valid). */
  public InstitutionReportAssert wasInspected() {
    isNotNull();
    if (actual.status() != InspectionStatus.INSPECTED) {
      failWithMessage("Expected the institution to be inspected, but %s", seen());
    }
    return this;
  }

  /** At least one finding of {@code checkId}; continue with assertions on those findings. */
  public FindingsAssert hasFinding(String checkId) {
    wasInspected();
    List<Finding> of = actual.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
    if (of.isEmpty()) {
      failWithMessage("Expected a finding of %s, but %s", checkId, seen());
    }
    return new FindingsAssert(checkId, of);
  }

  /** No finding of {@code checkId}. */
  public InstitutionReportAssert hasNoFinding(String checkId) {
    wasInspected();
    List<Finding> of = actual.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
    if (!of.isEmpty()) {
      failWithMessage("Expected no finding of %s, but %s", checkId, seen());
    }
    return this;
  }

  /** No findings at all. */
  public InstitutionReportAssert hasNoFindings() {
    wasInspected();
    if (!actual.findings().isEmpty()) {
      failWithMessage("Expected no findings, but %s", seen());
    }
    return this;
  }

  /** No finding at {@code severity} or above. */
  public InstitutionReportAssert hasNoFindingsAtOrAbove(Severity severity) {
    wasInspected();
    List<Finding> bad = actual.findingsAtOrAbove(severity);
    if (!bad.isEmpty()) {
      failWithMessage("Expected no findings at or above %s, but found %s:\n  %s", severity, bad.size(),
          bad.stream().map(InstitutionReportAssert::describe).collect(Collectors.joining("\n  ")));
    }
    return this;
  }

  /** Exactly these check ids found something (each at least once), and no other. Lists every difference at once. */
  public InstitutionReportAssert hasFindingsExactlyOf(String... checkIds) {
    wasInspected();
    java.util.Set<String> expected = new java.util.TreeSet<>(List.of(checkIds));
    java.util.Set<String> found = actual.findings().stream().map(Finding::checkId).collect(Collectors.toCollection(java.util.TreeSet::new));
    List<String> problems = new ArrayList<>();
    for (String e : expected) {
      if (!found.contains(e)) {
        problems.add("missing: " + e);
      }
    }
    for (String f : found) {
      if (!expected.contains(f)) {
        problems.add("unexpected: " + f);
      }
    }
    if (!problems.isEmpty()) {
      failWithMessage("Findings differ from %s:\n  %s\n%s", expected, String.join("\n  ", problems), seen());
    }
    return this;
  }

  /** The check {@code checkId} had outcome {@code status}. */
  public InstitutionReportAssert hasOutcome(String checkId, OutcomeStatus status) {
    isNotNull();
    CheckOutcome o = actual.outcome(checkId).orElse(null);
    if (o == null) {
      failWithMessage("Expected outcome %s for %s, but the check did not run; outcomes: %s", status, checkId, actual.outcomes());
    } else if (o.status() != status) {
      failWithMessage("Expected outcome %s for %s, but was %s %s", status, checkId, o.status(), o.detail().orElse(""));
    }
    return this;
  }
}
