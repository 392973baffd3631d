package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.model.ExamKind;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ExamExaminerTaughtClassTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(ExamExaminerTaughtClass.ID);

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void not_applicable_to_an_institution_without_an_exam_site() {
    assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasOutcome(ExamExaminerTaughtClass.ID, OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void fires_when_an_examiner_taught_a_lesson_of_the_class() {
    Institution inst = offline(b -> {
      b.lessonRecords.replaceAll(r -> r.lessonId().equals("l2")
          ? new LessonRecord(r.lessonId(), r.date(), r.topic(), Fixtures.EXAMINER_1, true) : r);
      return b;
    });
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(ExamExaminerTaughtClass.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("examiners", List.of("陈静"))
        .withEvidence("taught", List.of("陈静 2022-03-07 电工基础知识"));
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, ExamExaminerTaughtClass.ID)))
        .isEqualTo("2022年3月7日低压电工初训班考评员陈静曾为该班授课，未落实考教分离");
  }

  @Test
  void fires_when_the_practical_instructor_examined_the_class() {
    Institution inst = offline(b -> ExamEdits.mapSessions(b, ExamKind.PRACTICAL,
        s -> ExamEdits.examiners(s, List.of(Fixtures.EXAMINER_1, Fixtures.INSTRUCTOR))));
    assertThat(tester.inspect(inst)).hasFinding(ExamExaminerTaughtClass.ID).withArgument("examiners", List.of("郑刚"));
  }

  @Test
  void silent_when_the_examiner_taught_only_another_class() {
    Institution inst = ArchiveScenarios.blended(b -> {
      b.lessonRecords.replaceAll(r -> r.lessonId().equals("m4")
          ? new LessonRecord(r.lessonId(), r.date(), r.topic(), Fixtures.EXAMINER_1, true) : r);
      b.exams.replaceAll(s -> ExamEdits.examiners(s, List.of(Fixtures.EXAMINER_2)));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
