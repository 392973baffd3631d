package org.ducha.checks.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.ducha.model.StaffRole;

/**
 * 专职管理人员不足: fewer full-time training managers (专职管理人员) than the rulebook requires. One finding per
 * institution.
 *
 * <p>Counted: people listed on the training-staff roster as full-time managers who still work there on the
 * inspection date; from AQ 8011-2023 on ({@code formalEmployeesOnly}), only those with a labour or
 * public-institution employment contract with the institution.
 */
public final class ManagersTooFew implements Check {

  static final String ID = "staffing.managers.too-few";

  /** The first day of AQ 8011-2023. */
  private static final LocalDate AQ_2023 = LocalDate.of(2024, 7, 1);

  static final Parameter<Integer> MIN_MANAGERS = Parameter.ofInt(ID, "minManagers", 3, 0, 50);
  static final Parameter<Boolean> FORMAL_EMPLOYEES_ONLY = Parameter.ofBoolean(ID, "formalEmployeesOnly", false)
      .changingOn(AQ_2023, true);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.roster")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.1"))
      .regulation(Regulations.aq2023("4.3"))
      .parameter(MIN_MANAGERS)
      .parameter(FORMAL_EMPLOYEES_ONLY)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    int min = context.parameter(MIN_MANAGERS);
    boolean formalOnly = context.parameter(FORMAL_EMPLOYEES_ONLY);
    List<String> names = new ArrayList<>();
    for (ListedPerson p : ListedPerson.current(context.index(), RosterType.TRAINING_STAFF, context.inspectionDate())) {
      if (p.fullTime(StaffRole.MANAGER) && (!formalOnly || p.member().employment().formalEmployee())) {
        names.add(p.member().name());
      }
    }
    if (names.size() < min) {
      context.finding(Subject.institution(institution))
          .arg("count", names.size())
          .arg("min", min)
          .evidence("managers", names)
          .emit();
    }
  }
}
