package org.ducha.checks.staffing;

import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Institution;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;

/**
 * 教师从业年限不足: a teacher or practical instructor on the training-staff roster, full- or part-time, has fewer years
 * of practice in the field taught than the rulebook requires. One finding per person. People whose personnel file
 * records no years of practice are not judged.
 */
public final class TeacherExperienceShort implements Check {

  static final String ID = "staffing.teacher.experience-short";

  static final Parameter<Integer> MIN_YEARS = Parameter.ofInt(ID, "minYears", 5, 0, 50);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.qualification")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.3"))
      .regulation(Regulations.aq2023("4.3"))
      .parameter(MIN_YEARS)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    int min = context.parameter(MIN_YEARS);
    for (ListedPerson p : ListedPerson.current(context.index(), RosterType.TRAINING_STAFF, context.inspectionDate())) {
      StaffMember m = p.member();
      if (p.teaches() && m.practiceYears().isPresent() && m.practiceYears().get() < min) {
        context.finding(Subject.staff(m))
            .arg("name", m.name())
            .arg("years", m.practiceYears().get())
            .arg("min", min)
            .emit();
      }
    }
  }
}
