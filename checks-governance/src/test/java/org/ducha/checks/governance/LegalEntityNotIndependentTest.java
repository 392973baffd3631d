package org.ducha.checks.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class LegalEntityNotIndependentTest {

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(LegalEntityNotIndependent.ID);

  private static Institution registeredAs(LegalForm form, String parent) {
    return Fixtures.cleanInstitution().with(b -> b.legalForm(form).parentOrganisation(parent));
  }

  @Test
  void silent_for_a_legal_person() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
    assertThat(tester.inspect(registeredAs(LegalForm.ENTERPRISE_LEGAL_PERSON, null))).hasNoFindings();
    assertThat(tester.inspect(registeredAs(LegalForm.SOCIAL_ORGANISATION_LEGAL_PERSON, null))).hasNoFindings();
  }

  @Test
  void fires_for_an_internal_department_naming_the_company() {
    InstitutionReport report = tester.inspect(registeredAs(LegalForm.INTERNAL_DEPARTMENT, "示例能源集团有限公司"));
    assertThat(report).hasFinding(LegalEntityNotIndependent.ID)
        .times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withSeverity(Severity.MAJOR)
        .withArgument("parent", "示例能源集团有限公司")
        .withEvidence("legalForm", "INTERNAL_DEPARTMENT");
    assertThat(Edits.findings(report, LegalEntityNotIndependent.ID).get(0).messageKey()).isEqualTo(LegalEntityNotIndependent.ID);
  }

  @Test
  void fires_for_a_branch_without_a_recorded_parent() {
    InstitutionReport report = tester.inspect(registeredAs(LegalForm.BRANCH, null));
    assertThat(report).hasFinding(LegalEntityNotIndependent.ID)
        .times(1)
        .withEvidence("legalForm", "BRANCH");
    assertThat(Edits.findings(report, LegalEntityNotIndependent.ID).get(0).messageKey())
        .isEqualTo(LegalEntityNotIndependent.ID + ".branch.parent-unrecorded");
  }
}
