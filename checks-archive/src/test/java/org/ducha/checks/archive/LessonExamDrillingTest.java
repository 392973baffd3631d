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

class LessonExamDrillingTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(LessonExamDrilling.ID, LessonContentMismatch.ID);

  private static Institution taught(String lessonId, String topic) {
    return offline(b -> {
      b.lessonRecords.replaceAll(r -> r.lessonId().equals(lessonId)
          ? new LessonRecord(r.lessonId(), r.date(), topic, r.teacherId(), r.teacherSigned()) : r);
      return b;
    });
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void a_question_bank_lesson_is_exam_drilling_and_not_also_a_content_mismatch() {
    InstitutionReport report = tester.inspect(taught("l1", "低压电工题库讲解"));
    assertThat(report).hasFinding(LessonExamDrilling.ID).times(1).forSubjectId(Fixtures.CLASS_OFFLINE).withArgument("count", 1);
    Assertions.assertThat(ArchiveScenarios.findings(report, LessonContentMismatch.ID)).isEmpty();
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, LessonExamDrilling.ID)))
        .isEqualTo("2022年3月7日低压电工初训班授课记录显示以讲解考题、题库或模拟考试代替培训课程（1节课）");
  }

  @Test
  void english_keywords_ignore_letter_case() {
    assertThat(tester.inspect(taught("l1", "Mock Exam 1"))).hasFinding(LessonExamDrilling.ID);
  }

  @Test
  void another_course_is_still_a_content_mismatch() {
    InstitutionReport report = tester.inspect(taught("l1", "职业病危害因素识别与防护"));
    Assertions.assertThat(ArchiveScenarios.findings(report, LessonExamDrilling.ID)).isEmpty();
    assertThat(report).hasFinding(LessonContentMismatch.ID);
  }

  @Test
  void the_keywords_are_a_parameter() {
    Institution inst = taught("l1", "低压电工题库讲解");
    InstitutionReport report = tester.parameter(LessonExamDrilling.ID, "examDrillingKeywords", "刷题")
        .parameter(LessonContentMismatch.ID, "examDrillingKeywords", "刷题").inspect(inst);
    Assertions.assertThat(ArchiveScenarios.findings(report, LessonExamDrilling.ID)).isEmpty();
    assertThat(report).hasFinding(LessonContentMismatch.ID);
  }
}
