package org.ducha.checks.governance;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class RulesNotFormallyIssuedTest {

  private static final String TRAINING_RULES = "doc-rules-training";
  private static final String EXAM_RULES = "doc-rules-exam";
  private static final String ARCHIVE_RULES = "doc-rules-archive";

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(RulesNotFormallyIssued.ID);

  @Test
  void silent_when_every_rule_is_numbered_dated_and_sealed() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
    assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasNoFindings();
  }

  @Test
  void fires_on_training_rules_without_a_document_number() {
    Institution inst = Edits.mapDocument(Fixtures.cleanInstitution(), TRAINING_RULES, d -> Edits.withNumber(d, Optional.empty()));
    assertThat(tester.inspect(inst)).hasFinding(RulesNotFormallyIssued.ID)
        .times(1)
        .forSubject(SubjectKind.DOCUMENT, TRAINING_RULES)
        .withSeverity(Severity.MAJOR)
        .withArgument("title", "安全培训管理制度")
        .withEvidence("lacking", List.of("number"));
  }

  @Test
  void a_blank_document_number_is_no_number() {
    Institution inst = Edits.mapDocument(Fixtures.cleanInstitution(), TRAINING_RULES, d -> Edits.withNumber(d, Optional.of(" ")));
    assertThat(tester.inspect(inst)).hasFinding(RulesNotFormallyIssued.ID).withEvidence("lacking", List.of("number"));
  }

  @Test
  void lists_every_missing_mark_of_a_formal_issue() {
    Institution inst = Edits.mapDocument(Fixtures.cleanInstitution(), EXAM_RULES,
        d -> Edits.withSealed(Edits.withIssuedOn(d, Optional.empty()), false));
    assertThat(tester.inspect(inst)).hasFinding(RulesNotFormallyIssued.ID)
        .times(1)
        .forSubject(SubjectKind.DOCUMENT, EXAM_RULES)
        .withEvidence("lacking", List.of("issuedOn", "seal"));
  }

  @Test
  void fires_on_unsealed_archive_rules() {
    Institution inst = Edits.mapDocument(Fixtures.cleanInstitution(), ARCHIVE_RULES, d -> Edits.withSealed(d, false));
    assertThat(tester.inspect(inst)).hasFinding(RulesNotFormallyIssued.ID)
        .forSubject(SubjectKind.DOCUMENT, ARCHIVE_RULES)
        .withEvidence("lacking", List.of("seal"));
  }

  @Test
  void ignores_exam_rules_of_an_institution_without_an_exam_site() {
    Institution inst = Edits.addDocument(Fixtures.cleanTrainingOnly(), new Document("doc-exam-draft", DocumentType.EXAM_MANAGEMENT_RULES,
        "考试管理制度（草稿）", Optional.empty(), Optional.empty(), 2, false, List.of()));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void ignores_documents_that_are_not_required_rules() {
    Institution inst = Edits.addDocument(Fixtures.cleanInstitution(), new Document("doc-other", DocumentType.OTHER,
        "会议纪要", Optional.empty(), Optional.of(LocalDate.of(2022, 1, 4)), 1, false, List.of()));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void a_missing_rules_document_is_not_this_check() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.TRAINING_MANAGEMENT_RULES);
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
