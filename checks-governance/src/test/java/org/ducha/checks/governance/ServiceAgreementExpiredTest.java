package org.ducha.checks.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Agreement;
import org.ducha.model.AgreementType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ServiceAgreementExpiredTest {

  private static final String MEDICAL = "ag-med";
  private static final String LOGISTICS = "ag-log";
  private static final LocalDate START = LocalDate.of(2021, 6, 1);

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(ServiceAgreementExpired.ID);

  private static Institution ending(String id, LocalDate end) {
    return Fixtures.cleanInstitution().with(b -> {
      b.agreements.replaceAll(a -> a.id().equals(id) ? new Agreement(a.id(), a.type(), a.counterparty(), a.start(), Optional.of(end)) : a);
      return b;
    });
  }

  private static Institution adding(Institution inst, Agreement a) {
    return inst.with(b -> {
      b.agreements.add(a);
      return b;
    });
  }

  @Test
  void silent_when_both_agreements_are_in_force() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_the_expired_medical_rescue_agreement() {
    InstitutionReport report = tester.inspect(ending(MEDICAL, LocalDate.of(2022, 1, 31)));
    assertThat(report).hasFinding(ServiceAgreementExpired.ID)
        .times(1)
        .forSubject(SubjectKind.AGREEMENT, MEDICAL)
        .withSeverity(Severity.MAJOR)
        .withArgument("counterparty", "示例市人民医院")
        .withEvidence("agreementType", "MEDICAL_RESCUE")
        .withEvidence("end", LocalDate.of(2022, 1, 31));
    assertThat(Edits.findings(report, ServiceAgreementExpired.ID).get(0).messageKey()).isEqualTo(ServiceAgreementExpired.ID);
  }

  @Test
  void an_expired_logistics_agreement_is_the_other_check() {
    assertThat(tester.inspect(ending(LOGISTICS, LocalDate.of(2022, 1, 31)))).hasNoFindings();
    assertThat(CheckTester.forPack(new GovernancePack()).only(LogisticsAgreementExpired.ID).inspect(ending(MEDICAL, LocalDate.of(2022, 1, 31))))
        .hasNoFindings();
  }

  @Test
  void each_type_is_its_own_check() {
    CheckTester both = CheckTester.forPack(new GovernancePack()).only(ServiceAgreementExpired.ID, LogisticsAgreementExpired.ID);
    Institution inst = ending(MEDICAL, LocalDate.of(2022, 1, 31)).with(b -> {
      b.agreements.replaceAll(a -> a.id().equals(LOGISTICS)
          ? new Agreement(a.id(), a.type(), a.counterparty(), a.start(), Optional.of(LocalDate.of(2022, 1, 15))) : a);
      return b;
    });
    InstitutionReport report = both.inspect(inst);
    assertThat(report).hasFinding(ServiceAgreementExpired.ID).times(1).forSubject(SubjectKind.AGREEMENT, MEDICAL);
    assertThat(report).hasFinding(LogisticsAgreementExpired.ID).times(1).forSubject(SubjectKind.AGREEMENT, LOGISTICS)
        .withEvidence("end", LocalDate.of(2022, 1, 15));
    assertThat(report.findings()).extracting(Finding::messageKey)
        .containsExactlyInAnyOrder(ServiceAgreementExpired.ID, LogisticsAgreementExpired.ID);
  }

  @Test
  void an_agreement_ending_on_the_inspection_day_still_covers_it() {
    assertThat(tester.inspect(ending(MEDICAL, Fixtures.INSPECTION_DATE))).hasNoFindings();
    assertThat(tester.inspect(ending(MEDICAL, Fixtures.INSPECTION_DATE.minusDays(1)))).hasFinding(ServiceAgreementExpired.ID)
        .forSubject(SubjectKind.AGREEMENT, MEDICAL)
        .withEvidence("end", Fixtures.INSPECTION_DATE.minusDays(1));
  }

  @Test
  void a_renewed_agreement_covers_the_expired_one() {
    Institution inst = adding(ending(MEDICAL, LocalDate.of(2022, 1, 31)),
        new Agreement("ag-med-2", AgreementType.MEDICAL_RESCUE, "示例市人民医院", LocalDate.of(2022, 2, 1), Optional.empty()));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void a_renewal_starting_after_the_inspection_leaves_a_gap() {
    Institution inst = adding(ending(MEDICAL, LocalDate.of(2022, 1, 31)),
        new Agreement("ag-med-2", AgreementType.MEDICAL_RESCUE, "示例市人民医院", LocalDate.of(2022, 5, 1), Optional.empty()));
    assertThat(tester.inspect(inst)).hasFinding(ServiceAgreementExpired.ID)
        .times(1)
        .forSubject(SubjectKind.AGREEMENT, MEDICAL);
  }

  @Test
  void reports_the_agreement_that_ended_last() {
    Institution inst = adding(ending(MEDICAL, LocalDate.of(2022, 1, 31)),
        new Agreement("ag-med-0", AgreementType.MEDICAL_RESCUE, "示例市中医院", LocalDate.of(2019, 6, 1), Optional.of(START.minusDays(1))));
    assertThat(tester.inspect(inst)).hasFinding(ServiceAgreementExpired.ID)
        .times(1)
        .forSubject(SubjectKind.AGREEMENT, MEDICAL);
  }

  @Test
  void other_agreement_types_are_not_this_check() {
    Institution inst = adding(Fixtures.cleanInstitution(),
        new Agreement("ag-lease", AgreementType.PREMISES_LEASE, "示例市房产公司", LocalDate.of(2018, 1, 1), Optional.of(LocalDate.of(2021, 12, 31))));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_when_no_such_agreement_was_ever_made() {
    Institution inst = Fixtures.cleanInstitution().with(b -> {
      b.agreements.clear();
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
