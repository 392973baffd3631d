package org.ducha.checks.governance;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Agreement;
import org.ducha.model.AgreementType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** The fixture's logistics agreement runs from 2021-06-01 to 2023-05-31; the inspection is on 2022-04-20. */
class LogisticsAgreementExpiredTest {

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(LogisticsAgreementExpired.ID);

  private static Institution logisticsEnding(LocalDate end) {
    return Fixtures.cleanInstitution().with(b -> {
      b.agreements.replaceAll(a -> a.id().equals(Fixtures.AGREEMENT_LOGISTICS)
          ? new Agreement(a.id(), a.type(), a.counterparty(), a.start(), Optional.of(end)) : a);
      return b;
    });
  }

  @Test
  void silent_while_the_agreement_is_in_force() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
    assertThat(tester.inspect(logisticsEnding(Fixtures.INSPECTION_DATE))).hasNoFindings();
  }

  @Test
  void fires_the_day_after_it_ended() {
    assertThat(tester.inspect(logisticsEnding(Fixtures.INSPECTION_DATE.minusDays(1)))).hasFinding(LogisticsAgreementExpired.ID)
        .times(1)
        .forSubject(SubjectKind.AGREEMENT, Fixtures.AGREEMENT_LOGISTICS)
        .withSeverity(Severity.MAJOR)
        .withMessageKey(LogisticsAgreementExpired.ID)
        .withArgument("counterparty", "示例市后勤服务公司")
        .withEvidence("agreementType", "LOGISTICS")
        .withEvidence("end", Fixtures.INSPECTION_DATE.minusDays(1));
  }

  @Test
  void a_renewal_in_force_covers_the_lapse() {
    Institution renewed = logisticsEnding(LocalDate.of(2022, 1, 31)).with(b -> {
      b.agreements.add(new Agreement("ag-log-2", AgreementType.LOGISTICS, "示例市后勤服务公司", LocalDate.of(2022, 2, 1), Optional.empty()));
      return b;
    });
    assertThat(tester.inspect(renewed)).hasNoFindings();
  }
}
