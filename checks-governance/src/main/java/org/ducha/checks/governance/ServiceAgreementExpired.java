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
 * 医疗救援服务协议到期: of the institution's medical-rescue service agreements, none is in force on the inspection
 * date and one has ended before it. One finding, about the agreement that ended last. An institution that never had
 * such an agreement is not this check's concern. The logistics agreement, which the notice names in the same item, is
 * {@link LogisticsAgreementExpired}: a lapse of medical rescue leaves trainees without emergency care, a lapse of
 * logistics does not, so a host may grade them apart.
 */
public final class ServiceAgreementExpired implements Check {

  static final String ID = "governance.service-agreement.expired";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .topic("governance.agreements")
      .severity(Severity.MAJOR)
      .regulation(RegulationRef.projectJudgement(
          "Medical-rescue services the institution arranged by agreement must not lapse while it trains; the Jincheng 2022 notice lists lapsed agreements as a problem"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    LapsedAgreement.of(context.index().agreements(AgreementType.MEDICAL_RESCUE), context.inspectionDate())
        .ifPresent(a -> context.finding(Subject.agreement(a))
            .arg("counterparty", a.counterparty())
            .arg("end", a.end().get())
            .evidence("agreementType", a.type().name())
            .evidence("end", a.end().get())
            .emit());
  }
}
