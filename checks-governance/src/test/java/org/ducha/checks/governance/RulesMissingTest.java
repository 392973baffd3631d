package org.ducha.checks.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class RulesMissingTest {

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(RulesMissing.ID);

  @Test
  void silent_when_every_required_rule_is_filed() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void silent_on_a_training_only_institution_without_exam_rules() {
    assertThat(Fixtures.cleanTrainingOnly().documents()).noneMatch(d -> d.type() == DocumentType.EXAM_MANAGEMENT_RULES);
    assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasNoFindings();
  }

  @Test
  void fires_for_missing_training_rules_with_the_rule_as_subject() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.TRAINING_MANAGEMENT_RULES);
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(RulesMissing.ID)
        .times(1)
        .forSubject(SubjectKind.DOCUMENT, "TRAINING_MANAGEMENT_RULES")
        .withSeverity(Severity.MAJOR)
        .withEvidence("documentType", "TRAINING_MANAGEMENT_RULES");
    Finding f = Edits.findings(report, RulesMissing.ID).get(0);
    assertThat(f.messageKey()).isEqualTo(RulesMissing.ID + ".training");
    assertThat(f.subject().parent()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(Fixtures.INSTITUTION_ID));
  }

  @Test
  void fires_once_per_missing_rule() {
    Institution inst = Mutations.withoutDocument(
        Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.ARCHIVE_MANAGEMENT_RULES), DocumentType.EXAM_MANAGEMENT_RULES);
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(RulesMissing.ID)
        .times(2)
        .forSubject(SubjectKind.DOCUMENT, "ARCHIVE_MANAGEMENT_RULES")
        .forSubject(SubjectKind.DOCUMENT, "EXAM_MANAGEMENT_RULES");
    assertThat(Edits.findings(report, RulesMissing.ID)).extracting(Finding::messageKey)
        .containsExactly(RulesMissing.ID + ".archive", RulesMissing.ID + ".exam");
    // the subject is labelled with the rule's name as the records write it, which the reports print
    assertThat(Edits.findings(report, RulesMissing.ID)).extracting(x -> x.subject().label())
        .containsExactly("培训档案管理制度", "考试管理制度");
  }
}
