package org.ducha.checks.governance;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Agreement;
import org.ducha.model.AgreementType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Of several lapsed agreements of one type, the one that ended last is reported, whatever order the records list them in. */
class LapsedAgreementOrderTest {

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(ServiceAgreementExpired.ID);

  @Test
  void the_agreement_that_ended_last_is_reported_when_listed_after_an_older_one() {
    Institution inst = Fixtures.cleanInstitution().with(b -> {
      b.agreements.replaceAll(a -> a.id().equals("ag-med")
          ? new Agreement(a.id(), a.type(), a.counterparty(), a.start(), Optional.of(LocalDate.of(2022, 1, 31))) : a);
      b.agreements.add(0, new Agreement("ag-med-0", AgreementType.MEDICAL_RESCUE, "示例市中医院", LocalDate.of(2019, 6, 1),
          Optional.of(LocalDate.of(2021, 5, 31))));
      return b;
    });
    assertThat(tester.inspect(inst)).hasFinding(ServiceAgreementExpired.ID)
        .times(1)
        .forSubject(SubjectKind.AGREEMENT, "ag-med");
  }
}
