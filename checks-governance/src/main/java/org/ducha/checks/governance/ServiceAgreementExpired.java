package org.ducha.checks.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Agreement;
import org.ducha.model.AgreementType;
import org.ducha.model.Institution;

/**
 * 医疗救援服务协议和后勤保障服务协议到期: of the institution's medical-rescue (or logistics) service agreements,
 * none is in force on the inspection date and one has ended before it. One finding per type, about the agreement
 * that ended last. An institution that never had such an agreement is not this check's concern.
 */
public final class ServiceAgreementExpired implements Check {

  static final String ID = "governance.service-agreement.expired";

  private static final List<AgreementType> TYPES = List.of(AgreementType.MEDICAL_RESCUE, AgreementType.LOGISTICS);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .topic("governance.agreements")
      .severity(Severity.MAJOR)
      .regulation(RegulationRef.projectJudgement(
          "Medical-rescue and logistics services the institution arranged by agreement must not lapse while it trains; the Jincheng 2022 notice lists lapsed agreements as a problem"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    LocalDate date = context.inspectionDate();
    for (AgreementType type : TYPES) {
      List<Agreement> agreements = context.index().agreements(type);
      if (agreements.stream().anyMatch(a -> a.coversDate(date))) {
        continue;
      }
      Optional<Agreement> lastEnded = Optional.empty();
      for (Agreement a : agreements) {
        if (a.end().isPresent() && a.end().get().isBefore(date)
            && lastEnded.map(l -> a.end().get().isAfter(l.end().get())).orElse(true)) {
          lastEnded = Optional.of(a);
        }
      }
      lastEnded.ifPresent(a -> context.finding(Subject.agreement(a))
          .messageKey(ID + "." + (type == AgreementType.MEDICAL_RESCUE ? "medical-rescue" : "logistics"))
          .arg("counterparty", a.counterparty())
          .arg("end", a.end().get())
          .evidence("agreementType", type.name())
          .evidence("end", a.end().get())
          .emit());
    }
  }
}
