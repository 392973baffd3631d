package org.ducha.checks.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Certificate;
import org.ducha.model.CertificateType;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.StaffMember;
import org.ducha.model.TrainingClass;

/**
 * 考评员无有效考评员证: an examiner (考评员) of an exam session held no examiner certificate valid on the day of the
 * exam. One finding per examiner, with the sessions.
 */
public final class ExaminerCertificateInvalid implements Check {

  static final String ID = "staffing.examiner.certificate-invalid";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.qualification")
      .severity(Severity.MAJOR)
      .regulation(Regulations.EXAM_MEASURES)
      .applicability(Applicability.EXAM_SITES)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** The sessions one examiner examined without a valid certificate. */
  private static final class Lapses {
    final List<String> sessions = new ArrayList<>();
    final TreeSet<LocalDate> days = new TreeSet<>();
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    Map<String, Lapses> byExaminer = new LinkedHashMap<>();
    for (TrainingClass c : institution.classes()) {
      for (ExamSession s : c.exams()) {
        for (String examinerId : s.examinerIds()) {
          Optional<StaffMember> examiner = context.index().staff(examinerId);
          if (examiner.isPresent() && !certifiedOn(examiner.get(), s.date())) {
            Lapses l = byExaminer.computeIfAbsent(examinerId, k -> new Lapses());
            l.sessions.add(s.id());
            l.days.add(s.date());
          }
        }
      }
    }
    byExaminer.forEach((id, l) -> {
      StaffMember examiner = context.index().staff(id).orElseThrow();
      context.finding(Subject.staff(examiner))
          .arg("name", examiner.name())
          .arg("dates", List.copyOf(l.days))
          .arg("count", l.sessions.size())
          .evidence("examSessions", l.sessions)
          .evidence("heldExaminerCertificate", examiner.certificates().stream().anyMatch(c -> c.type() == CertificateType.EXAMINER))
          .emit();
    });
  }

  private static boolean certifiedOn(StaffMember examiner, LocalDate date) {
    for (Certificate c : examiner.certificates()) {
      if (c.type() == CertificateType.EXAMINER && c.validOn(date)) {
        return true;
      }
    }
    return false;
  }
}
