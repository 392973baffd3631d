package org.ducha.checks.archive;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import org.ducha.model.ArchiveVolume;
import org.ducha.model.Institution;
import org.ducha.model.VolumeKind;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class ArchiveNotBoundTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(ArchiveNotBound.ID);

  @Test
  void silent_when_every_volume_is_bound() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_once_per_class_with_an_unbound_exam_volume() {
    Institution inst = Mutations.mapClass(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, c -> c.with(b -> {
      b.archive.replaceAll(v -> v.kind() == VolumeKind.EXAM ? new ArchiveVolume(v.id(), v.kind(), false, v.contents()) : v);
      return b;
    }));
    assertThat(tester.inspect(inst)).hasFinding(ArchiveNotBound.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withEvidence("unboundVolumes", java.util.List.of("EXAM"));
  }
}
