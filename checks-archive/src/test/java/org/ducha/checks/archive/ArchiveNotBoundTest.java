package org.ducha.checks.archive;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.Institution;
import org.ducha.model.VolumeKind;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class ArchiveNotBoundTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(ArchiveNotBound.ID);

  private static Institution unbind(String classId, VolumeKind... kinds) {
    List<VolumeKind> which = List.of(kinds);
    return Mutations.mapClass(Fixtures.cleanInstitution(), classId, c -> c.with(b -> {
      b.archive.replaceAll(v -> which.contains(v.kind()) ? new ArchiveVolume(v.id(), v.kind(), false, v.contents()) : v);
      return b;
    }));
  }

  @Test
  void silent_when_every_volume_is_bound() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_once_per_class_with_an_unbound_exam_volume() {
    InstitutionReport report = tester.inspect(unbind(Fixtures.CLASS_OFFLINE, VolumeKind.EXAM));
    assertThat(report).hasFinding(ArchiveNotBound.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withEvidence("unboundVolumes", List.of("EXAM"));
    Finding f = ArchiveScenarios.only(report, ArchiveNotBound.ID);
    Assertions.assertThat(ArchiveScenarios.zh(tester, f)).isEqualTo("2022年3月7日低压电工初训班考核档案未装订");
  }

  @Test
  void names_the_whole_archive_when_training_and_exam_volumes_are_unbound() {
    Finding f = ArchiveScenarios.only(tester.inspect(unbind(Fixtures.CLASS_OFFLINE, VolumeKind.TRAINING, VolumeKind.EXAM)),
        ArchiveNotBound.ID);
    Assertions.assertThat(f.messageKey()).isEqualTo(ArchiveNotBound.ID);
    Assertions.assertThat(f.evidence()).containsEntry("unboundVolumes", List.of("TRAINING", "EXAM"));
  }

  @Test
  void leaves_the_online_volume_of_an_online_class_to_the_online_check() {
    assertThat(tester.inspect(unbind(Fixtures.CLASS_BLENDED, VolumeKind.ONLINE))).hasNoFindings();
  }

  @Test
  void silent_while_the_class_runs() {
    Institution inst = ArchiveScenarios.inspectedOn(unbind(Fixtures.CLASS_OFFLINE, VolumeKind.TRAINING), java.time.LocalDate.of(2022, 3, 10));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
