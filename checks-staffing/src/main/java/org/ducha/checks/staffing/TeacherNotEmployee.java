package org.ducha.checks.staffing;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Institution;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;

/**
 * 专职培训教师非本机构正式员工: the training-staff roster lists as full-time teacher or practical instructor someone
 * who has no labour or public-institution employment contract with the institution (engaged, seconded, dispatched,
 * retired and rehired). One finding per institution, naming the people.
 */
public final class TeacherNotEmployee implements Check {

  static final String ID = "staffing.teacher.not-employee";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.roster")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aq2023("3.4"))
      .regulation(Regulations.aq2023("4.3"))
      .regulation(RegulationRef.projectJudgement(
          "Before AQ 8011-2023 spelled it out, full-time (专职) already meant employed by the institution itself, as the 2022 Jincheng notice applied it."))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    List<String> names = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> employments = new ArrayList<>();
    for (ListedPerson p : ListedPerson.current(context.index(), RosterType.TRAINING_STAFF, context.inspectionDate())) {
      StaffMember m = p.member();
      if (p.teachesFullTime() && !m.employment().formalEmployee()) {
        names.add(m.name());
        ids.add(m.id());
        employments.add(m.employment().name());
      }
    }
    if (!names.isEmpty()) {
      context.finding(Subject.institution(institution))
          .arg("names", names)
          .arg("count", names.size())
          .evidence("staffIds", ids)
          .evidence("employments", employments)
          .emit();
    }
  }
}
