package org.ducha.checks.archive;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class SurveyMissingTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(SurveyMissing.ID);

  private static Institution without(ClassDocumentType... types) {
    Institution inst = Fixtures.cleanInstitution();
    for (ClassDocumentType t : types) {
      inst = Mutations.withoutClassDocument(inst, Fixtures.CLASS_OFFLINE, t);
    }
    return inst;
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void names_the_two_missing_surveys() {
    InstitutionReport report = tester.inspect(without(ClassDocumentType.MANAGEMENT_SURVEY, ClassDocumentType.TEACHER_SATISFACTION_SURVEY));
    assertThat(report).hasFinding(SurveyMissing.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withEvidence("missing", List.of("MANAGEMENT_SURVEY", "TEACHER_SATISFACTION_SURVEY"));
    Finding f = ArchiveScenarios.only(report, SurveyMissing.ID);
    Assertions.assertThat(f.messageKey()).isEqualTo("archive.survey.missing.management-teacher");
    Assertions.assertThat(ArchiveScenarios.zh(tester, f)).isEqualTo("2022年3月7日低压电工初训班档案无培训管理测评表和教师满意度测评表");
  }

  @Test
  void names_the_missing_trainee_evaluation_form() {
    Finding f = ArchiveScenarios.only(tester.inspect(without(ClassDocumentType.TRAINEE_EVALUATION_FORM)), SurveyMissing.ID);
    Assertions.assertThat(ArchiveScenarios.zh(tester, f)).isEqualTo("2022年3月7日低压电工初训班档案无学员评估表");
  }

  @Test
  void uses_the_check_message_when_all_three_are_missing() {
    Finding f = ArchiveScenarios.only(tester.inspect(without(ClassDocumentType.MANAGEMENT_SURVEY,
        ClassDocumentType.TEACHER_SATISFACTION_SURVEY, ClassDocumentType.TRAINEE_EVALUATION_FORM)), SurveyMissing.ID);
    Assertions.assertThat(f.messageKey()).isEqualTo(SurveyMissing.ID);
  }

  @Test
  void every_combination_has_a_message_key_in_both_bundles() {
    var keys = tester.inspector().messages().shippedKeys().get(ArchivePack.ID);
    List<List<String>> combos = List.of(List.of("management"), List.of("teacher"), List.of("trainee"),
        List.of("management", "teacher"), List.of("management", "trainee"), List.of("teacher", "trainee"),
        List.of("management", "teacher", "trainee"));
    for (List<String> combo : combos) {
      String key = SurveyMissing.messageKey(combo);
      Assertions.assertThat(keys.get("zh_CN")).as(key).contains(key);
      Assertions.assertThat(keys.get("en")).as(key).contains(key);
    }
  }
}
