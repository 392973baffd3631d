package org.ducha.testkit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;

/** Assertions over the findings of one check in a report. */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {
  private final String checkId;

  FindingsAssert(String checkId, List<Finding> findings) {
    super(findings, FindingsAssert.class);
    this.checkId = checkId;
  }

  private String seen() {
    return actual.stream().map(InstitutionReportAssert::describe).collect(Collectors.joining("\n  "));
  }

  /** One of the findings is about a subject (or a subject inside one) with this id. */
  public FindingsAssert forSubjectId(String id) {
    if (actual.stream().noneMatch(f -> hasId(f.subject(), id))) {
      failWithMessage("Expected a finding of %s about '%s', but found:\n  %s", checkId, id, seen());
    }
    return this;
  }

  /** One of the findings is about a subject of {@code kind} with {@code id}. */
  public FindingsAssert forSubject(SubjectKind kind, String id) {
    if (actual.stream().noneMatch(f -> f.subject().kind() == kind && f.subject().id().equals(id))) {
      failWithMessage("Expected a finding of %s about %s %s, but found:\n  %s", checkId, kind, id, seen());
    }
    return this;
  }

  /** There are exactly {@code n} findings of the check. */
  public FindingsAssert times(int n) {
    if (actual.size() != n) {
      failWithMessage("Expected %s finding(s) of %s, but found %s:\n  %s", n, checkId, actual.size(), seen());
    }
    return this;
  }

  /** Every finding has {@code severity}. */
  public FindingsAssert withSeverity(Severity severity) {
    if (actual.stream().anyMatch(f -> f.severity() != severity)) {
      failWithMessage("Expected every finding of %s to be %s, but found:\n  %s", checkId, severity, seen());
    }
    return this;
  }

  /** One of the findings has evidence {@code name} equal to {@code value}. */
  public FindingsAssert withEvidence(String name, Object value) {
    if (actual.stream().noneMatch(f -> Objects.equals(f.evidence().get(name), value))) {
      failWithMessage("Expected a finding of %s with evidence %s=%s, but found:\n  %s", checkId, name, value, seen());
    }
    return this;
  }

  /** One of the findings has message argument {@code name} equal to {@code value}. */
  public FindingsAssert withArgument(String name, Object value) {
    if (actual.stream().noneMatch(f -> Objects.equals(f.arguments().get(name), value))) {
      failWithMessage("Expected a finding of %s with argument %s=%s, but found:\n  %s", checkId, name, value, seen());
    }
    return this;
  }

  private static boolean hasId(Subject s, String id) {
    return s.id().equals(id) || s.parent().map(p -> hasId(p, id)).orElse(false);
  }
}
