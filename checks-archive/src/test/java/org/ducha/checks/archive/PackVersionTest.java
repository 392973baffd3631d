package org.ducha.checks.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.ducha.engine.Inspector;
import org.ducha.engine.PackInfo;
import org.junit.jupiter.api.Test;

/** The pack reports the version the build gave it, not one written in its source. */
class PackVersionTest {

  /** The Maven project version, passed in by the build (surefire's systemPropertyVariables in the parent pom). */
  private static final String BUILD_VERSION = System.getProperty("ducha.project.version");

  @Test
  void the_pack_version_is_the_maven_project_version() {
    assertThat(BUILD_VERSION).as("ducha.project.version set by the build").isNotBlank();
    assertThat(new ArchivePack().version()).isEqualTo(BUILD_VERSION);
  }

  @Test
  void the_inspector_reports_the_maven_project_version_for_the_pack() {
    PackInfo info = Inspector.builder().onlyPacks(ArchivePack.ID).build().packInfos().get(0);

    assertThat(info.id()).isEqualTo(ArchivePack.ID);
    assertThat(info.version()).isEqualTo(BUILD_VERSION);
  }
}
