package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;
import org.ducha.model.TrainingClass;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class LessonContentMismatchTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(LessonContentMismatch.ID);

  private static UnaryOperator<TrainingClass.Builder> l3Taught(String topic) {
    return b -> {
      b.lessonRecords.replaceAll(r -> r.lessonId().equals("l3")
          ? new LessonRecord(r.lessonId(), r.date(), topic, r.teacherId(), true) : r);
      return b;
    };
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_when_the_topic_taught_is_another_course() {
    Institution inst = offline(l3Taught("高压电气设备倒闸操作"));
    assertThat(tester.inspect(inst)).hasFinding(LessonContentMismatch.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("count", 1)
        .withEvidence("planned", List.of("2022-03-08 08:30 低压电气设备与线路"))
        .withEvidence("taught", List.of("2022-03-08 高压电气设备倒闸操作"));
  }

  @Test
  void silent_when_the_record_details_the_planned_course_in_other_spacing_and_punctuation() {
    assertThat(tester.inspect(offline(l3Taught("低压电气设备 与 线路：配电箱、线路敷设")))).hasNoFindings();
  }
}
