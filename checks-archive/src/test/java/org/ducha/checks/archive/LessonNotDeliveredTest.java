package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.inspectedOn;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class LessonNotDeliveredTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(LessonNotDelivered.ID);

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_a_theory_lesson_without_a_lesson_record() {
    Institution inst = offline(b -> {
      b.lessonRecords.removeIf(r -> r.lessonId().equals("l6"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasFinding(LessonNotDelivered.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("count", 1)
        .withEvidence("lessons", List.of("2022-03-09 14:00 触电急救与电气防火"))
        .withEvidence("lessonsWithSignIns", List.of("2022-03-09 14:00 触电急救与电气防火"));
  }

  @Test
  void silent_on_a_practical_lesson_which_practical_records_cover() {
    Institution inst = offline(b -> {
      b.lessonRecords.removeIf(r -> r.lessonId().equals("l5"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_on_a_lesson_not_yet_due() {
    Institution inst = inspectedOn(offline(b -> {
      b.lessonRecords.removeIf(r -> r.lessonId().equals("l6"));
      return b;
    }), ArchiveScenarios.MARCH_9);
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
