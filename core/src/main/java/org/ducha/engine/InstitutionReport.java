package org.ducha.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;

/**
 * What the inspection of one institution gave: its findings and the outcome of every check, or, when its
 * records could not be read or were invalid, why it was not inspected.
 *
 * @param institutionId the institution's id (for unreadable input: the file name)
 * @param institutionName its name (for unreadable input: the file name)
 * @param examSite whether it also operates an exam site
 * @param inspectedOn the day it was inspected, when known
 * @param status inspected or not
 * @param findings findings, by group then check id, each check's in the order it emitted them
 * @param outcomes one per enabled check, by check id
 * @param problems for NOT_INSPECTED: every problem with its records
 */
public record InstitutionReport(
    String institutionId,
    String institutionName,
    boolean examSite,
    Optional<LocalDate> inspectedOn,
    InspectionStatus status,
    List<Finding> findings,
    List<CheckOutcome> outcomes,
    List<InputProblem> problems) {

  public InstitutionReport {
    inspectedOn = inspectedOn == null ? Optional.empty() : inspectedOn;
    findings = List.copyOf(findings);
    outcomes = List.copyOf(outcomes);
    problems = List.copyOf(problems);
  }

  /** A report for an institution that could not be inspected because of {@code problems}. */
  public static InstitutionReport notInspected(String id, String name, boolean examSite, Optional<LocalDate> inspectedOn, List<InputProblem> problems) {
    return new InstitutionReport(id, name, examSite, inspectedOn, InspectionStatus.NOT_INSPECTED, List.of(), List.of(), problems);
  }

  /** Findings at {@code severity} or above. */
  public List<Finding> findingsAtOrAbove(Severity severity) {
    return findings.stream().filter(f -> f.severity().atLeast(severity)).toList();
  }

  /** The outcome of check {@code checkId}, if it was enabled. */
  public Optional<CheckOutcome> outcome(String checkId) {
    return outcomes.stream().filter(o -> o.checkId().equals(checkId)).findFirst();
  }
}
