package org.ducha.checks.governance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;

/**
 * 培训过程突发事件应急预案未及时修订: an emergency plan was last issued or revised ({@link Document#lastRevisedOn()})
 * more than a number of months before the inspection, or bears no date at all. One finding per plan.
 */
public final class EmergencyPlanOutdated implements Check {

  static final String ID = "governance.emergency-plan.outdated";

  /** Longest time since the last revision, in months. Project's judgement: three years. */
  static final Parameter<Integer> MAX_AGE_MONTHS = Parameter.ofInt(ID, "maxAgeMonths", 36, 1, 120);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .topic("governance.emergency-plan")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.2"))
      .regulation(Regulations.aq2023("4.1.2"))
      .regulation(RegulationRef.projectJudgement(
          "No text read fixes a revision period for a training institution's emergency plan; three years, the usual review cycle of emergency plans, is the default"))
      .parameter(MAX_AGE_MONTHS)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    LocalDate date = context.inspectionDate();
    int maxAgeMonths = context.parameter(MAX_AGE_MONTHS);
    for (Document plan : context.index().documents(DocumentType.EMERGENCY_PLAN)) {
      Optional<LocalDate> last = plan.lastRevisedOn();
      if (last.isEmpty()) {
        context.finding(Subject.document(plan))
            .messageKey(ID + ".undated")
            .arg("title", plan.title())
            .evidence("maxAgeMonths", maxAgeMonths)
            .emit();
      } else if (last.get().plusMonths(maxAgeMonths).isBefore(date)) {
        int months = Math.toIntExact(ChronoUnit.MONTHS.between(last.get(), date));
        context.finding(Subject.document(plan))
            .arg("title", plan.title())
            .arg("lastRevisedOn", last.get())
            .arg("months", months)
            .evidence("lastRevisedOn", last.get())
            .evidence("ageMonths", months)
            .evidence("maxAgeMonths", maxAgeMonths)
            .emit();
      }
    }
  }
}
