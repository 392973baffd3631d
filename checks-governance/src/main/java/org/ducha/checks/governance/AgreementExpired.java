package org.ducha.checks.governance;

import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.AgreementType;
import org.ducha.model.Institution;

/**
 * Of the institution's service agreements of one type, none is in force on the inspection date and one has ended
 * before it: one finding, about the agreement that ended last ({@link LapsedAgreement}). An institution that never had
 * such an agreement is not the check's concern. Each type of agreement is its own check, so a host may grade them apart.
 */
abstract class AgreementExpired implements Check {

  private final CheckDescriptor descriptor;
  private final AgreementType type;

  /**
   * @param id the check id
   * @param type the agreements it looks at
   * @param why why such an agreement must not lapse, as the check's project judgement
   */
  AgreementExpired(String id, AgreementType type, String why) {
    this.descriptor = CheckDescriptor.builder(id, Group.GOVERNANCE)
        .topic("governance.agreements")
        .severity(Severity.MAJOR)
        .regulation(RegulationRef.projectJudgement(why))
        .build();
    this.type = type;
  }

  @Override
  public final CheckDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final void inspect(Institution institution, CheckContext context) {
    LapsedAgreement.of(context.index().agreements(type), context.inspectionDate())
        .ifPresent(a -> context.finding(Subject.agreement(a))
            .arg("counterparty", a.counterparty())
            .arg("end", a.end().get())
            .evidence("agreementType", a.type().name())
            .evidence("end", a.end().get())
            .emit());
  }
}
