package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.inspectedOn;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.FormFields;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** When assessment forms are due (the class has ended), and which blank field each form is listed under. */
class AssessmentFormIncompleteDueTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(AssessmentFormIncomplete.ID);

  private static Institution cards(java.util.function.UnaryOperator<org.ducha.model.ClassDocument> edit) {
    return offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.ARCHIVE_CARD, edit));
  }

  @Test
  void blank_archive_cards_are_not_yet_due_while_the_class_runs() {
    Institution inst = cards(d -> FormEdits.blankField(FormEdits.blankField(d, FormFields.HEAD_TEACHER_APPRAISAL),
        FormFields.INSTITUTION_OPINION));
    assertThat(tester.inspect(inspectedOn(inst, ArchiveScenarios.MARCH_8))).hasNoFindings();
  }

  @Test
  void cards_without_the_institution_opinion_are_listed_under_it_alone() {
    Institution inst = cards(d -> FormEdits.blankField(d, FormFields.INSTITUTION_OPINION));
    assertThat(tester.inspect(inst)).hasFinding(AssessmentFormIncomplete.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("count", 5)
        .withEvidence("withoutAppraisal", List.of())
        .withEvidence("withoutOpinion", List.of("刘洋", "陈晨", "杨帆", "黄磊", "何静"));
  }
}
