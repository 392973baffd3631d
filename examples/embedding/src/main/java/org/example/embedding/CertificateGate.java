package org.example.embedding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Finding;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;

/**
 * The host's own rule: certificates of a course are not issued while its archive has a CRITICAL finding (a score
 * without any attested attendance, a student signed in at two courses at once): the training they would certify
 * may not have happened. Findings of lower severity are put on the centre's to-do list but do not hold up
 * certificates.
 */
public final class CertificateGate {

  /** May the certificates of a course be issued, and if not, why. */
  public record Decision(String courseCode, boolean mayIssue, List<String> reasons) {
    public Decision {
      reasons = List.copyOf(reasons);
    }
  }

  private final SelfCheck selfCheck;

  /** A gate that runs {@code selfCheck}. */
  public CertificateGate(SelfCheck selfCheck) {
    this.selfCheck = selfCheck;
  }

  /** One decision per course of the centre, in the centre's order. */
  public List<Decision> decide(Centre centre, LocalDate day) {
    InstitutionReport report = selfCheck.run(centre, day);
    List<Decision> decisions = new ArrayList<>();
    for (Course course : centre.courses()) {
      if (report.status() != InspectionStatus.INSPECTED) {
        // Records Ducha cannot read are a reason to hold everything until they are fixed.
        decisions.add(new Decision(course.code(), false, report.problems().stream().map(InputProblem::toString).toList()));
        continue;
      }
      List<String> reasons = new ArrayList<>();
      for (Finding f : report.findings()) {
        if (f.severity() == Severity.CRITICAL && f.group().equals(Group.ARCHIVE) && concerns(f.subject(), course.code())) {
          reasons.add(f.checkId() + ": " + selfCheck.inspector().messages().message(f, MessageCatalog.ZH_CN));
        }
      }
      decisions.add(new Decision(course.code(), reasons.isEmpty(), reasons));
    }
    return decisions;
  }

  /** Whether the subject is the course's class or something inside it (a student, a session). */
  private static boolean concerns(Subject subject, String courseCode) {
    if (subject.kind() == SubjectKind.CLASS && subject.id().equals(courseCode)) {
      return true;
    }
    return subject.parent().map(p -> concerns(p, courseCode)).orElse(false);
  }
}
