package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.FormFields;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class AssessmentFormIncompleteTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(AssessmentFormIncomplete.ID);

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void archive_cards_without_appraisal_and_opinion() {
    Institution inst = offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.ARCHIVE_CARD,
        d -> FormEdits.blankField(FormEdits.blankField(d, FormFields.HEAD_TEACHER_APPRAISAL), FormFields.INSTITUTION_OPINION)));
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(AssessmentFormIncomplete.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("count", 5)
        .withEvidence("withoutAppraisal", List.of("刘洋", "陈晨", "杨帆", "黄磊", "何静"))
        .withEvidence("unsealed", List.of());
    Finding f = ArchiveScenarios.only(report, AssessmentFormIncomplete.ID);
    Assertions.assertThat(f.messageKey()).isEqualTo(AssessmentFormIncomplete.UNFILLED);
    Assertions.assertThat(ArchiveScenarios.zh(tester, f))
        .isEqualTo("2022年3月7日低压电工初训班学员考核情况表（档案卡）未填写班主任鉴定或培训单位意见（5份）");
  }

  @Test
  void assessment_form_unfilled_and_unsealed() {
    Institution inst = offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.ASSESSMENT_FORM,
        d -> FormEdits.sealed(FormEdits.blankField(d, FormFields.HEAD_TEACHER_APPRAISAL), false)));
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(AssessmentFormIncomplete.ID)
        .withArgument("count", 1)
        .withEvidence("withoutAppraisal", List.of(Fixtures.CLASS_OFFLINE + "-assess"))
        .withEvidence("withoutOpinion", List.of())
        .withEvidence("unsealed", List.of(Fixtures.CLASS_OFFLINE + "-assess"));
    Assertions.assertThat(ArchiveScenarios.only(report, AssessmentFormIncomplete.ID).messageKey()).isEqualTo(AssessmentFormIncomplete.ID);
  }

  @Test
  void archive_card_only_unsealed() {
    Institution inst = offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.ARCHIVE_CARD,
        d -> d.traineeId().orElseThrow().equals("tr-02") ? FormEdits.sealed(d, false) : d));
    Finding f = ArchiveScenarios.only(tester.inspect(inst), AssessmentFormIncomplete.ID);
    Assertions.assertThat(f.messageKey()).isEqualTo(AssessmentFormIncomplete.UNSEALED);
    Assertions.assertThat(f.evidence()).containsEntry("unsealed", List.of("陈晨"));
  }
}
