package org.ducha.testkit;

import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;

/**
 * Assertions over the findings of one check in a report, obtained from
 * {@link InstitutionReportAssert#hasFinding(String)}. "One of the findings" assertions pass when any finding
 * of the check matches; {@link #times(int)} and {@link #withSeverity(Severity)} concern them all. Inside
 * {@link InstitutionReportAssert#allOf} every mismatch is collected; after a missing finding the other
 * assertions on it are skipped (they could only repeat that it is missing).
 */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {
  private final String checkId;
  private final InstitutionReportAssert report;
  /** False when the check found nothing: that was reported already. */
  private final boolean present;

  FindingsAssert(String checkId, List<Finding> findings, InstitutionReportAssert report, boolean present) {
    super(findings, FindingsAssert.class);
    this.checkId = checkId;
    this.report = report;
    this.present = present;
  }

  private FindingsAssert expect(boolean ok, String expectation) {
    if (present && !ok) {
      report.mismatch("Expected " + expectation + ", but the " + actual.size() + " finding(s) of " + checkId + " are:\n  "
          + report.describe(actual), Optional.empty());
    }
    return this;
  }

  private boolean any(Predicate<Finding> p) {
    return actual.stream().anyMatch(p);
  }

  /** Back to the assertions over the whole report. */
  public InstitutionReportAssert and() {
    return report;
  }

  /** Prints the findings of the check to standard output. */
  public FindingsAssert debug() {
    return debug(System.out);
  }

  /** Prints the findings of the check to {@code out}. */
  public FindingsAssert debug(PrintStream out) {
    out.println(actual.size() + " finding(s) of " + checkId + (actual.isEmpty() ? "" : ":\n  " + report.describe(actual)));
    out.flush();
    return this;
  }

  /** One of the findings is about a subject (or a subject inside one) with this id. */
  public FindingsAssert forSubjectId(String id) {
    return expect(any(f -> hasId(f.subject(), id)), "a finding of " + checkId + " about '" + id + "'");
  }

  /** One of the findings is about a subject of {@code kind} with {@code id}. */
  public FindingsAssert forSubject(SubjectKind kind, String id) {
    return expect(any(f -> f.subject().kind() == kind && f.subject().id().equals(id)),
        "a finding of " + checkId + " about " + kind + " " + id);
  }

  /** There are exactly {@code n} findings of the check. */
  public FindingsAssert times(int n) {
    return expect(actual.size() == n, n + " finding(s) of " + checkId);
  }

  /** Every finding has {@code severity}. */
  public FindingsAssert withSeverity(Severity severity) {
    return expect(actual.stream().allMatch(f -> f.severity() == severity), "every finding of " + checkId + " to be " + severity);
  }

  /** One of the findings has evidence {@code name} equal to {@code value}. */
  public FindingsAssert withEvidence(String name, Object value) {
    return expect(any(f -> Objects.equals(f.evidence().get(name), value)),
        "a finding of " + checkId + " with evidence " + name + "=" + value);
  }

  /** One of the findings has message argument {@code name} equal to {@code value}. */
  public FindingsAssert withArgument(String name, Object value) {
    return expect(any(f -> Objects.equals(f.arguments().get(name), value)),
        "a finding of " + checkId + " with argument " + name + "=" + value);
  }

  /**
   * One of the findings uses the message {@code key}: the check's own ({@code <id>}) or one of its other
   * wordings ({@code <id>.<variant>}).
   */
  public FindingsAssert withMessageKey(String key) {
    return expect(any(f -> f.messageKey().equals(key)), "a finding of " + checkId + " with message key " + key);
  }

  private static boolean hasId(Subject s, String id) {
    return s.id().equals(id) || s.parent().map(p -> hasId(p, id)).orElse(false);
  }
}
