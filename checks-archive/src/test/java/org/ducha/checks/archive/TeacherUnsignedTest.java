package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class TeacherUnsignedTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(TeacherUnsigned.ID);

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_per_class_on_lesson_records_the_teacher_did_not_sign() {
    Institution inst = offline(b -> {
      b.lessonRecords.replaceAll(r -> r.teacherId().equals(Fixtures.TEACHER_2)
          ? new LessonRecord(r.lessonId(), r.date(), r.topic(), r.teacherId(), false) : r);
      return b;
    });
    assertThat(tester.inspect(inst)).hasFinding(TeacherUnsigned.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("count", 2)
        .withEvidence("teachers", List.of("吴敏"))
        .withEvidence("lessons", List.of("2022-03-07 电工基础知识", "2022-03-09 触电急救与电气防火"));
  }
}
