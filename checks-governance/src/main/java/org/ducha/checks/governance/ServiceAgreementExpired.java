package org.ducha.checks.governance;

import org.ducha.model.AgreementType;

/**
 * 医疗救援服务协议到期: of the institution's medical-rescue service agreements, none is in force on the inspection
 * date and one has ended before it. One finding, about the agreement that ended last. An institution that never had
 * such an agreement is not this check's concern. The logistics agreement, which the notice names in the same item, is
 * {@link LogisticsAgreementExpired}: a lapse of medical rescue leaves trainees without emergency care, a lapse of
 * logistics does not, so a host may grade them apart.
 */
public final class ServiceAgreementExpired extends AgreementExpired {

  static final String ID = "governance.service-agreement.expired";

  /** The check. */
  public ServiceAgreementExpired() {
    super(ID, AgreementType.MEDICAL_RESCUE,
        "Medical-rescue services the institution arranged by agreement must not lapse while it trains; the Jincheng 2022 notice lists lapsed agreements as a problem");
  }
}
