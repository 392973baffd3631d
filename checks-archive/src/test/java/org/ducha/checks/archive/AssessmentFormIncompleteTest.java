package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.blended;
import static org.ducha.checks.archive.ArchiveScenarios.inspectedOn;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamSession;
import org.ducha.model.FormFields;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;
import org.ducha.model.PracticalExamRecord;
import org.ducha.model.VolumeKind;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class AssessmentFormIncompleteTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(AssessmentFormIncomplete.ID, AssessmentFormUnsealed.ID);

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
        .withEvidence("withoutAppraisal", List.of("刘洋", "陈晨", "杨帆", "黄磊", "何静"));
    Assertions.assertThat(ArchiveScenarios.findings(report, AssessmentFormUnsealed.ID)).isEmpty();
    Finding f = ArchiveScenarios.only(report, AssessmentFormIncomplete.ID);
    Assertions.assertThat(ArchiveScenarios.zh(tester, f))
        .isEqualTo("2022年3月7日低压电工初训班学员考核情况表（档案卡）未填写班主任鉴定或培训单位意见（5份）");
  }

  @Test
  void assessment_form_unfilled_and_unsealed_gives_one_finding_of_each() {
    Institution inst = offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.ASSESSMENT_FORM,
        d -> FormEdits.sealed(FormEdits.blankField(d, FormFields.HEAD_TEACHER_APPRAISAL), false)));
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(AssessmentFormIncomplete.ID)
        .withArgument("count", 1)
        .withEvidence("withoutAppraisal", List.of(Fixtures.CLASS_OFFLINE + "-assess"))
        .withEvidence("withoutOpinion", List.of());
    assertThat(report).hasFinding(AssessmentFormUnsealed.ID).times(1)
        .withEvidence("unsealed", List.of(Fixtures.CLASS_OFFLINE + "-assess"));
  }

  @Test
  void an_archive_card_only_unsealed_is_the_unsealed_checks() {
    Institution inst = offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.ARCHIVE_CARD,
        d -> d.traineeId().orElseThrow().equals("tr-02") ? FormEdits.sealed(d, false) : d));
    InstitutionReport report = tester.inspect(inst);
    Assertions.assertThat(ArchiveScenarios.findings(report, AssessmentFormIncomplete.ID)).isEmpty();
    Finding f = ArchiveScenarios.only(report, AssessmentFormUnsealed.ID);
    Assertions.assertThat(f.evidence()).containsEntry("unsealed", List.of("陈晨"));
    Assertions.assertThat(ArchiveScenarios.zh(tester, f)).isEqualTo("2022年3月7日低压电工初训班学员考核情况表（档案卡）未盖章（1份）");
  }

  @Test
  void not_yet_due_while_the_class_runs() {
    Institution inst = offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.ARCHIVE_CARD, d -> FormEdits.sealed(d, false)));
    assertThat(tester.inspect(inspectedOn(inst, ArchiveScenarios.MARCH_8))).hasNoFindings();
  }
}
