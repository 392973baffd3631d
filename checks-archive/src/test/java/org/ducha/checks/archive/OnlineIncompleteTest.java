package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.blended;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.model.VolumeKind;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class OnlineIncompleteTest {

  private static final String ONLINE_VOLUME = Fixtures.CLASS_BLENDED + "-vol-online";

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(OnlineIncomplete.ID, OnlineNotBound.ID);

  private static Institution onlineVolumeUnbound() {
    return blended(b -> {
      b.archive.replaceAll(v -> v.kind() == VolumeKind.ONLINE ? new ArchiveVolume(v.id(), v.kind(), false, v.contents()) : v);
      return b;
    });
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void an_unbound_online_volume_is_not_organised_and_bound() {
    InstitutionReport report = tester.inspect(onlineVolumeUnbound());
    assertThat(report).hasFinding(OnlineNotBound.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_BLENDED)
        .withEvidence("unboundVolumes", List.of(ONLINE_VOLUME));
    Assertions.assertThat(ArchiveScenarios.findings(report, OnlineIncomplete.ID)).isEmpty();
    Finding f = ArchiveScenarios.only(report, OnlineNotBound.ID);
    Assertions.assertThat(ArchiveScenarios.zh(tester, f)).isEqualTo("2022年2月21日井下电气作业复训班线上培训档案未按规定整理装订");
  }

  @Test
  void an_online_lesson_without_platform_records_is_incomplete() {
    InstitutionReport report = tester.inspect(blended(b -> {
      b.attendance.removeIf(e -> e.lessonId().equals("m2"));
      return b;
    }));
    assertThat(report).hasFinding(OnlineIncomplete.ID)
        .withEvidence("lessonsWithoutRecord", List.of("2022-02-21 14:00 井下电气设备防爆知识"));
    Assertions.assertThat(ArchiveScenarios.findings(report, OnlineNotBound.ID)).isEmpty();
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, OnlineIncomplete.ID)))
        .isEqualTo("2022年2月21日井下电气作业复训班线上培训档案不健全");
  }

  @Test
  void both_incomplete_and_unbound_are_two_defects() {
    Institution inst = Mutations.withoutClassDocument(onlineVolumeUnbound(), Fixtures.CLASS_BLENDED,
        ClassDocumentType.ONLINE_LEARNING_RECORD);
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(OnlineIncomplete.ID).times(1).withEvidence("noLearningRecord", true);
    assertThat(report).hasFinding(OnlineNotBound.ID).times(1).withEvidence("unboundVolumes", List.of(ONLINE_VOLUME));
  }

  @Test
  void a_learning_record_not_filed_in_the_online_volume_is_not_organised() {
    Institution inst = blended(b -> {
      b.archive.replaceAll(v -> v.kind() == VolumeKind.ONLINE ? new ArchiveVolume(v.id(), v.kind(), true, List.of()) : v);
      return b;
    });
    assertThat(tester.inspect(inst)).hasFinding(OnlineNotBound.ID)
        .withEvidence("unfiledRecords", List.of(Fixtures.CLASS_BLENDED + "-online"));
  }

  @Test
  void silent_when_there_is_no_online_record_at_all_which_is_the_no_archive_checks_fact() {
    Institution inst = blended(b -> {
      b.documents.removeIf(d -> d.type() == ClassDocumentType.ONLINE_LEARNING_RECORD);
      b.archive.removeIf(v -> v.kind() == VolumeKind.ONLINE);
      b.attendance.removeIf(e -> e.lessonId().equals("m1") || e.lessonId().equals("m2"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void binding_is_not_yet_due_while_the_class_runs() {
    Institution inst = ArchiveScenarios.inspectedOn(onlineVolumeUnbound(), LocalDate.of(2022, 2, 23));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
