package org.ducha.checks.governance;

import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;

/** 未制定培训过程突发事件应急预案: the institution holds no emergency plan for incidents during training. */
public final class EmergencyPlanMissing implements Check {

  static final String ID = "governance.emergency-plan.missing";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .topic("governance.emergency-plan")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.2"))
      .regulation(Regulations.aq2023("4.1.2"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    if (context.index().documents(DocumentType.EMERGENCY_PLAN).isEmpty()) {
      context.finding(Subject.institution(institution))
          .evidence("documentType", DocumentType.EMERGENCY_PLAN.name())
          .emit();
    }
  }
}
