package org.ducha.checks.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.DocumentType;
import org.ducha.model.ExamSite;
import org.ducha.model.Institution;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.StaffRole;

/**
 * 培训机构与考试点相互重合: the exam site is not separated from the training institution (考教分离). It is not
 * when any of these holds:
 * <ul>
 *   <li>{@value #SAME_HEAD}: the exam site's head is the institution's head ({@code Institution.headId}) or is
 *       listed as head ({@code HEAD}) on a training-staff roster;
 *   <li>{@value #SAME_MANAGEMENT}: the department recorded as running the exam site is the institution itself
 *       (its name, ignoring white space), so no department of its own runs it;
 *   <li>{@value #NO_SCHEME}: the institution holds no separation scheme ({@code EXAM_SEPARATION_SCHEME}).
 * </ul>
 * Training staff doubling as exam staff is a staffing check, not this one.
 */
public final class TrainingExamNotSeparated implements Check {

  static final String ID = "governance.training-exam.not-separated";

  /** Reason code: the same head. */
  static final String SAME_HEAD = "same-head";
  /** Reason code: run by the institution itself. */
  static final String SAME_MANAGEMENT = "same-management";
  /** Reason code: no separation scheme. */
  static final String NO_SCHEME = "no-separation-scheme";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.EXAM_MEASURES)
      .applicability(Applicability.EXAM_SITES)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    ExamSite site = institution.examSite().orElseThrow();
    List<String> reasons = new ArrayList<>();
    Optional<String> sameHead = site.headId().filter(h -> institution.headId().map(h::equals).orElse(false)
        || context.index().rosterEntries(RosterType.TRAINING_STAFF, h).stream().anyMatch(e -> e.role() == StaffRole.HEAD));
    if (sameHead.isPresent()) {
      reasons.add(SAME_HEAD);
    }
    Optional<String> sameManagement = site.managingDepartment()
        .filter(dept -> squeeze(dept).equals(squeeze(institution.name())));
    if (sameManagement.isPresent()) {
      reasons.add(SAME_MANAGEMENT);
    }
    if (context.index().documents(DocumentType.EXAM_SEPARATION_SCHEME).isEmpty()) {
      reasons.add(NO_SCHEME);
    }
    if (reasons.isEmpty()) {
      return;
    }
    FindingBuilder finding = context.finding(Subject.institution(institution))
        .arg("examSiteName", site.name())
        .evidence("reasons", reasons);
    sameHead.ifPresent(h -> finding.evidence("head", context.index().staff(h).map(StaffMember::name).orElse(h)));
    sameManagement.ifPresent(d -> finding.evidence("managingDepartment", d));
    finding.emit();
  }

  private static String squeeze(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }
}
