package org.ducha.checks.governance;

import org.ducha.model.AgreementType;

/**
 * 后勤保障服务协议到期: of the institution's logistics service agreements, none is in force on the inspection date
 * and one has ended before it. One finding, about the agreement that ended last. An institution that never had such
 * an agreement is not this check's concern. Split from {@link ServiceAgreementExpired}, which keeps the
 * medical-rescue agreement.
 */
public final class LogisticsAgreementExpired extends AgreementExpired {

  static final String ID = "governance.logistics-agreement.expired";

  /** The check. */
  public LogisticsAgreementExpired() {
    super(ID, AgreementType.LOGISTICS,
        "Logistics services (meals, lodging, transport) the institution arranged by agreement must not lapse while it trains; the Jincheng 2022 notice lists lapsed agreements as a problem");
  }
}
