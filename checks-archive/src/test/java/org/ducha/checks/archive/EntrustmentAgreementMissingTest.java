package org.ducha.checks.archive;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.model.Agreement;
import org.ducha.model.AgreementType;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class EntrustmentAgreementMissingTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(EntrustmentAgreementMissing.ID);

  private static Institution withoutClassAgreement() {
    return Mutations.withoutClassDocument(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, ClassDocumentType.ENTRUSTMENT_AGREEMENT);
  }

  private static Institution withAgreement(Institution inst, String party, LocalDate start, LocalDate end) {
    return inst.with(b -> {
      b.agreements.add(new Agreement("ag-entrust", AgreementType.TRAINING_ENTRUSTMENT, party, start, Optional.ofNullable(end)));
      return b;
    });
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_a_commissioned_class_without_any_entrustment_agreement() {
    InstitutionReport report = tester.inspect(withoutClassAgreement());
    assertThat(report).hasFinding(EntrustmentAgreementMissing.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("commissionedBy", "示例市供电有限公司")
        .withEvidence("entrustmentAgreementsWithParty", 0);
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, EntrustmentAgreementMissing.ID)))
        .isEqualTo("2022年3月7日低压电工初训班档案无与示例市供电有限公司的委托协议");
  }

  @Test
  void a_class_is_judged_from_the_day_after_it_started_not_on_its_first_day() {
    LocalDate first = withoutClassAgreement().classes().stream().filter(c -> c.id().equals(Fixtures.CLASS_OFFLINE))
        .findFirst().orElseThrow().start();
    assertThat(tester.inspect(withoutClassAgreement().with(b -> b.inspectedOn(first))))
        .hasNoFindings();
    assertThat(tester.inspect(withoutClassAgreement().with(b -> b.inspectedOn(first.plusDays(1)))))
        .hasFinding(EntrustmentAgreementMissing.ID).times(1);
  }

  @Test
  void silent_with_an_institution_agreement_with_that_enterprise_covering_the_first_day() {
    Institution inst = withAgreement(withoutClassAgreement(), "示例市 供电有限公司", LocalDate.of(2022, 1, 1), null);
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void fires_when_the_institution_agreement_ended_before_the_class_started() {
    Institution inst = withAgreement(withoutClassAgreement(), "示例市供电有限公司", LocalDate.of(2021, 1, 1), LocalDate.of(2022, 3, 6));
    assertThat(tester.inspect(inst)).hasFinding(EntrustmentAgreementMissing.ID).withEvidence("entrustmentAgreementsWithParty", 1);
  }

  @Test
  void fires_when_the_institution_agreement_is_with_another_enterprise() {
    Institution inst = withAgreement(withoutClassAgreement(), "示例煤业有限公司", LocalDate.of(2022, 1, 1), null);
    assertThat(tester.inspect(inst)).hasFinding(EntrustmentAgreementMissing.ID).times(1);
  }
}
