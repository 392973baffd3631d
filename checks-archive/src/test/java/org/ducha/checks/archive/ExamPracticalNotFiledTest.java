package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ducha.engine.OutcomeStatus;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.Institution;
import org.ducha.model.VolumeKind;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ExamPracticalNotFiledTest {

  private static final String PRACTICAL = Fixtures.CLASS_OFFLINE + "-exam-practical";

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(ExamPracticalNotFiled.ID);

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void not_applicable_to_an_institution_without_an_exam_site() {
    assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasOutcome(ExamPracticalNotFiled.ID, OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void fires_when_the_practical_session_is_filed_in_the_training_volume_only() {
    Institution inst = offline(b -> {
      b.archive.replaceAll(v -> {
        List<String> contents = new ArrayList<>(v.contents());
        if (v.kind() == VolumeKind.EXAM) {
          contents.remove(PRACTICAL);
        } else if (v.kind() == VolumeKind.TRAINING) {
          contents.add(PRACTICAL);
        }
        return new ArchiveVolume(v.id(), v.kind(), v.bound(), contents);
      });
      return b;
    });
    assertThat(tester.inspect(inst)).hasFinding(ExamPracticalNotFiled.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withEvidence("sessions", List.of(PRACTICAL))
        .withEvidence("examDates", List.of(LocalDate.of(2022, 3, 10)));
  }

  @Test
  void fires_when_the_class_has_no_exam_volume() {
    Institution inst = offline(b -> {
      b.archive.removeIf(v -> v.kind() == VolumeKind.EXAM);
      return b;
    });
    assertThat(tester.inspect(inst)).hasFinding(ExamPracticalNotFiled.ID).withEvidence("examVolumes", 0);
  }
}
