package org.ducha.checks.staffing;

import org.ducha.finding.Subject;
import java.util.List;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.Roster;
import org.ducha.model.RosterType;

/**
 * 未建立考务人员花名表: an exam site has no roster of its exam staff, or only empty ones. One finding per exam site.
 */
public final class ExamStaffRosterMissing implements Check {

  static final String ID = "staffing.exam-staff-roster.missing";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.overlap")
      .severity(Severity.MAJOR)
      .regulation(Regulations.EXAM_MEASURES)
      .regulation(RegulationRef.projectJudgement(
          "Without a roster of exam staff, the separation of teaching and examining cannot be verified."))
      .applicability(Applicability.EXAM_SITES)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    List<Roster> rosters = context.index().rosters(RosterType.EXAM_STAFF);
    for (Roster r : rosters) {
      if (!r.entries().isEmpty()) {
        return;
      }
    }
    context.finding(Subject.examSite(institution.examSite().orElseThrow()))
        .evidence("emptyRosters", rosters.stream().map(Roster::id).toList())
        .emit();
  }
}
