package org.ducha.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.engine.Profile;
import org.ducha.finding.Finding;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;

/** Builds small inspection reports by hand: institutions, the checks that ran on them, and their findings. */
final class Inspections {

  static final String ATTENDANCE = "archive.attendance.unsigned";
  static final String RULES = "governance.rules.not-issued";
  static final String EQUIPMENT = "facilities.equipment.outdated";
  static final List<String> ALL_CHECKS = List.of(ATTENDANCE, RULES, EQUIPMENT);

  private final List<InstitutionReport> reports = new ArrayList<>();

  static Inspections on() {
    return new Inspections();
  }

  /** A finding of {@code checkId} about {@code subject}, with a message argument that may vary. */
  static Finding finding(String checkId, String institutionId, Subject subject, Severity severity, String wording) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("text", wording);
    return new Finding(checkId, severity, Group.ARCHIVE, institutionId, subject, checkId + ".message", args, Map.of(), List.of(), null);
  }

  static Subject classSubject(String id) {
    return Subject.of(SubjectKind.CLASS, id, "2021-05-06 低压电工初训班 " + id);
  }

  static Subject institutionSubject(String id) {
    return Subject.of(SubjectKind.INSTITUTION, id, "机构 " + id);
  }

  /** An institution inspected on {@code day} on which every check ran, with {@code findings}. */
  Inspections institution(String id, LocalDate day, Finding... findings) {
    return institution(id, day, ALL_CHECKS, findings);
  }

  /** An institution inspected on {@code day} on which only {@code checks} ran. */
  Inspections institution(String id, LocalDate day, List<String> checks, Finding... findings) {
    List<CheckOutcome> outcomes = new ArrayList<>();
    for (String c : checks) {
      long n = java.util.Arrays.stream(findings).filter(f -> f.checkId().equals(c)).count();
      outcomes.add(new CheckOutcome(c, n == 0 ? OutcomeStatus.PASS : OutcomeStatus.FAIL, (int) n, Optional.empty(), Optional.empty()));
    }
    reports.add(new InstitutionReport(id, "机构" + id, false, Optional.of(day), InspectionStatus.INSPECTED, List.of(findings), outcomes, List.of()));
    return this;
  }

  /** An institution whose records could not be read. */
  Inspections notInspected(String id) {
    reports.add(InstitutionReport.notInspected(id, "机构" + id, false, Optional.empty(), List.of()));
    return this;
  }

  InspectionReport report() {
    return new InspectionReport(Optional.empty(), reports, Profile.defaults(), List.of());
  }
}
