package org.ducha.checks.archive;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class AssessmentFormMissingTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(AssessmentFormMissing.ID);

  private static Institution withoutForm() {
    return Mutations.withoutClassDocument(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, ClassDocumentType.ASSESSMENT_FORM);
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void silent_without_the_form_when_every_trainee_has_an_archive_card() {
    assertThat(tester.inspect(withoutForm())).hasNoFindings();
  }

  @Test
  void fires_without_the_form_when_a_trainee_has_no_archive_card() {
    Institution inst = Mutations.mapClass(withoutForm(), Fixtures.CLASS_OFFLINE,
        c -> c.with(b -> ArchiveScenarios.withoutDocument(b, Fixtures.CLASS_OFFLINE + "-card-tr-04")));
    assertThat(tester.inspect(inst)).hasFinding(AssessmentFormMissing.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withEvidence("trainees", 5)
        .withEvidence("traineesWithoutArchiveCard", 1);
  }

  @Test
  void fires_without_form_or_cards() {
    Institution inst = Mutations.withoutClassDocument(withoutForm(), Fixtures.CLASS_OFFLINE, ClassDocumentType.ARCHIVE_CARD);
    assertThat(tester.inspect(inst)).hasFinding(AssessmentFormMissing.ID)
        .withEvidence("traineesWithoutArchiveCard", 5);
  }
}
