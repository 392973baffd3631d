package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.blended;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Institution;
import org.ducha.model.VolumeKind;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class OnlineNoArchiveTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(OnlineNoArchive.ID);

  /** The blended class with no online-learning record, no online volume and no line of m1 or m2. */
  private static Institution noOnlineRecords() {
    return blended(b -> {
      b.documents.removeIf(d -> d.type() == ClassDocumentType.ONLINE_LEARNING_RECORD);
      b.archive.removeIf(v -> v.kind() == VolumeKind.ONLINE);
      b.attendance.removeIf(e -> e.lessonId().equals("m1") || e.lessonId().equals("m2"));
      return b;
    });
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_an_online_class_without_any_online_record() {
    InstitutionReport report = tester.inspect(noOnlineRecords());
    assertThat(report).hasFinding(OnlineNoArchive.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_BLENDED)
        .withEvidence("mode", "BLENDED")
        .withEvidence("onlineLessons", 2L);
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, OnlineNoArchive.ID)))
        .isEqualTo("2022年2月21日井下电气作业复训班开展线上培训未建立培训档案");
  }

  @Test
  void silent_when_the_platform_recorded_sign_ins() {
    Institution inst = blended(b -> {
      b.documents.removeIf(d -> d.type() == ClassDocumentType.ONLINE_LEARNING_RECORD);
      b.archive.removeIf(v -> v.kind() == VolumeKind.ONLINE);
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void not_applicable_without_online_classes() {
    Institution inst = Mutations.mapClass(noOnlineRecords(), Fixtures.CLASS_BLENDED, c -> c.with(b -> b.mode(DeliveryMode.OFFLINE)));
    assertThat(tester.inspect(inst)).hasOutcome(OnlineNoArchive.ID, OutcomeStatus.NOT_APPLICABLE);
  }
}
