package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ducha.engine.Inspector;
import org.ducha.engine.PackInfo;
import org.junit.jupiter.api.Test;

/**
 * The first-party packs, loaded from their jars as the command loads them (on the class path), report the version
 * the build gave them.
 */
class PackVersionsTest {

  @Test
  void every_first_party_pack_reports_the_maven_project_version() {
    String buildVersion = System.getProperty("ducha.project.version");
    List<PackInfo> packs = Inspector.builder().onlyPacks("archive", "facilities", "governance", "staffing").build().packInfos();

    assertThat(buildVersion).as("ducha.project.version set by the build").isNotBlank();
    assertThat(packs).extracting(PackInfo::id).containsExactly("archive", "facilities", "governance", "staffing");
    assertThat(packs).allSatisfy(p -> assertThat(p.version()).as(p.id()).isEqualTo(buildVersion));
  }
}
