package org.ducha.testkit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;

/**
 * Assertions over one institution's report. Each failure message says what was expected and lists what the
 * report holds; when the report came from a {@link CheckTester}, with each finding's text.
 *
 * <p>Chained assertions fail at the first mismatch. To see <em>every</em> mismatch at once, put them in
 * {@link #allOf(Consumer)}:
 *
 * <pre>{@code
 * assertThat(report).allOf(r -> {
 *   r.hasFinding("shanxi.class.too-large").times(1).forSubjectId("c-lv-2022-03").withArgument("count", 51);
 *   r.hasNoFinding("shanxi.teacher.daily-hours");
 *   r.hasNoErrors();
 * });
 * }</pre>
 *
 * <p>An {@code ERROR} outcome means a check threw and could not say whether anything is wrong, so the
 * assertions that claim an absence ({@link #hasNoFindings()}, {@link #hasNoFinding(String)},
 * {@link #hasNoFindingsAtOrAbove(Severity)}, {@link #hasNoErrors()}) fail on it.
 */
public final class InstitutionReportAssert extends AbstractAssert<InstitutionReportAssert, InstitutionReport> {
  private final Optional<MessageCatalog> messages;
  /** Where mismatches go inside {@link #allOf}; empty: fail at once. */
  private final Optional<Mismatches> collected;

  InstitutionReportAssert(InstitutionReport actual, Optional<MessageCatalog> messages, Optional<Mismatches> collected) {
    super(actual, InstitutionReportAssert.class);
    this.messages = messages;
    this.collected = collected;
  }

  /** What the report holds, for failure messages. */
  String seen() {
    return ReportText.seen(actual, messages);
  }

  /** Fails at once with {@code text} and what the report holds, or records {@code text} inside {@link #allOf}. */
  void mismatch(String text, Optional<Throwable> cause) {
    if (collected.isPresent()) {
      collected.get().add(text);
      return;
    }
    AssertionError e = failure("%s", text + "\n" + seen());
    cause.ifPresent(c -> {
      try {
        e.initCause(c);
      } catch (IllegalStateException alreadySet) {
        e.addSuppressed(c);
      }
    });
    throw e;
  }

  private void mismatch(String text) {
    mismatch(text, Optional.empty());
  }

  /**
   * Runs {@code expectations} against this report and fails once, listing every expectation that was not met
   * and what the report holds.
   */
  public InstitutionReportAssert allOf(Consumer<InstitutionReportAssert> expectations) {
    isNotNull();
    Mismatches sink = new Mismatches();
    InstitutionReportAssert soft = new InstitutionReportAssert(actual, messages, Optional.of(sink));
    expectations.accept(soft);
    if (!sink.isEmpty()) {
      mismatch(sink.size() + (sink.size() == 1 ? " expectation was" : " expectations were") + " not met:" + sink.numbered());
    }
    return this;
  }

  /** Prints everything the report holds (every outcome, every finding in both languages when known) to standard output. */
  public InstitutionReportAssert debug() {
    return debug(System.out);
  }

  /** Prints everything the report holds to {@code out}. */
  public InstitutionReportAssert debug(PrintStream out) {
    isNotNull();
    out.print(ReportText.full(actual, messages));
    out.flush();
    return this;
  }

  /** The institution was inspected (its records were valid). */
  public InstitutionReportAssert wasInspected() {
    isNotNull();
    if (actual.status() != InspectionStatus.INSPECTED) {
      mismatch("Expected the institution " + actual.institutionId() + " to be inspected, but its records were invalid");
    }
    return this;
  }

  private boolean inspected() {
    isNotNull();
    if (actual.status() != InspectionStatus.INSPECTED) {
      wasInspected();
      return false;
    }
    return true;
  }

  /** At least one finding of {@code checkId}; continue with assertions on those findings. */
  public FindingsAssert hasFinding(String checkId) {
    if (!inspected()) {
      return new FindingsAssert(checkId, List.of(), this, false);
    }
    List<Finding> of = actual.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
    if (of.isEmpty()) {
      Optional<CheckOutcome> o = actual.outcome(checkId);
      String why = o.map(x -> x.status() == OutcomeStatus.PASS ? "it ran and found nothing"
              : "its outcome was " + x.status() + x.detail().map(d -> " (" + d + ")").orElse(""))
          .orElse("it did not run (disabled or unknown)");
      mismatch("Expected a finding of " + checkId + ", but " + why, o.flatMap(CheckOutcome::error));
      return new FindingsAssert(checkId, of, this, false);
    }
    return new FindingsAssert(checkId, of, this, true);
  }

  /** No finding of {@code checkId}, and the check did not end in ERROR. */
  public InstitutionReportAssert hasNoFinding(String checkId) {
    if (!inspected()) {
      return this;
    }
    List<Finding> of = actual.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
    if (!of.isEmpty()) {
      mismatch("Expected no finding of " + checkId + ", but found " + of.size() + ":\n  " + describe(of));
    }
    actual.outcome(checkId).filter(o -> o.status() == OutcomeStatus.ERROR).ifPresent(o ->
        mismatch("Expected no finding of " + checkId + ", but the check threw: " + o.detail().orElse(""), o.error()));
    return this;
  }

  /** No findings at all, and no check ended in ERROR. */
  public InstitutionReportAssert hasNoFindings() {
    if (!inspected()) {
      return this;
    }
    if (!actual.findings().isEmpty()) {
      mismatch("Expected no findings, but found " + actual.findings().size() + ":\n  " + describe(actual.findings()));
    }
    return noErrors("Expected no findings");
  }

  /** No check ended in ERROR (threw); lists every one that did, with its exception. */
  public InstitutionReportAssert hasNoErrors() {
    isNotNull();
    return noErrors("Expected no check to fail with an error");
  }

  private InstitutionReportAssert noErrors(String expected) {
    List<CheckOutcome> errors = actual.outcomes().stream().filter(o -> o.status() == OutcomeStatus.ERROR).toList();
    if (!errors.isEmpty()) {
      mismatch(expected + ", but " + errors.size() + " check(s) threw:\n  "
              + errors.stream().map(o -> o.checkId() + ": " + o.detail().orElse("")).collect(Collectors.joining("\n  ")),
          errors.get(0).error());
    }
    return this;
  }

  /** No finding at {@code severity} or above, and no check ended in ERROR. */
  public InstitutionReportAssert hasNoFindingsAtOrAbove(Severity severity) {
    if (!inspected()) {
      return this;
    }
    List<Finding> bad = actual.findingsAtOrAbove(severity);
    if (!bad.isEmpty()) {
      mismatch("Expected no findings at or above " + severity + ", but found " + bad.size() + ":\n  " + describe(bad));
    }
    return noErrors("Expected no findings at or above " + severity);
  }

  /** Exactly these check ids found something (each at least once), and no other. Lists every difference at once. */
  public InstitutionReportAssert hasFindingsExactlyOf(String... checkIds) {
    if (!inspected()) {
      return this;
    }
    Set<String> expected = new TreeSet<>(List.of(checkIds));
    Set<String> found = actual.findings().stream().map(Finding::checkId).collect(Collectors.toCollection(TreeSet::new));
    List<String> problems = new ArrayList<>();
    for (String e : expected) {
      if (!found.contains(e)) {
        problems.add("missing: " + e + actual.outcome(e).map(o -> " (" + o.status() + o.detail().map(d -> ": " + d).orElse("") + ")")
            .orElse(" (did not run)"));
      }
    }
    for (String f : found) {
      if (!expected.contains(f)) {
        problems.add("unexpected: " + f);
      }
    }
    if (!problems.isEmpty()) {
      mismatch("Expected findings of exactly " + expected + ", but:\n  " + String.join("\n  ", problems));
    }
    return this;
  }

  /** The check {@code checkId} had outcome {@code status}. */
  public InstitutionReportAssert hasOutcome(String checkId, OutcomeStatus status) {
    isNotNull();
    Optional<CheckOutcome> o = actual.outcome(checkId);
    if (o.isEmpty()) {
      mismatch("Expected outcome " + status + " for " + checkId + ", but the check did not run; outcomes: "
          + actual.outcomes().stream().map(x -> x.checkId() + " " + x.status()).toList());
    } else if (o.get().status() != status) {
      mismatch("Expected outcome " + status + " for " + checkId + ", but was " + o.get().status() + o.get().detail().map(d -> ": " + d).orElse(""),
          o.get().error());
    }
    return this;
  }

  String describe(List<Finding> findings) {
    return findings.stream().map(f -> ReportText.finding(f, messages)).collect(Collectors.joining("\n  "));
  }

  Optional<MessageCatalog> messages() {
    return messages;
  }
}
