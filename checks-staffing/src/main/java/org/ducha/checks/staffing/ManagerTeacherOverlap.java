package org.ducha.checks.staffing;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Institution;
import org.ducha.model.RosterType;
import org.ducha.model.StaffRole;

/**
 * 专职管理人员和专职教师相互重合: the training-staff roster lists the same person as a full-time manager and as a
 * full-time teacher or practical instructor. One finding per institution, naming the people.
 *
 * <p>A full-time (专职) post is a whole post: one person cannot fill two, so the institution has fewer managers or
 * teachers than its roster claims. Part-time roles (such as head teacher, 班主任) beside a full-time post are fine.
 */
public final class ManagerTeacherOverlap implements Check {

  static final String ID = "staffing.manager-teacher.overlap";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.overlap")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.1"))
      .regulation(Regulations.aq2023("4.3"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    List<String> names = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (ListedPerson p : ListedPerson.current(context.index(), RosterType.TRAINING_STAFF, context.inspectionDate())) {
      if (p.fullTime(StaffRole.MANAGER) && p.teachesFullTime()) {
        names.add(p.member().name());
        ids.add(p.member().id());
      }
    }
    if (!names.isEmpty()) {
      context.finding(Subject.institution(institution))
          .arg("names", names)
          .arg("count", names.size())
          .evidence("staffIds", ids)
          .emit();
    }
  }
}
