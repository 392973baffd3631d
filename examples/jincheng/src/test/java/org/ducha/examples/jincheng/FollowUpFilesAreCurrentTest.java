package org.ducha.examples.jincheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data files in {@code examples/jincheng-2022-followup} (and its {@code tracking} subfolder) are exactly what
 * {@link JinchengFollowUp} writes, byte for byte. When this fails after a change to the generator — or to the first
 * inspection's records, from which the follow-up is derived — regenerate the files and commit them with the change:
 * run this module's tests with {@code -D}{@value GeneratedFilesAreCurrentTest#REGENERATE} (or run
 * {@link JinchengFollowUp#main} with the folder as argument).
 */
class FollowUpFilesAreCurrentTest {

  private static final Path COMMITTED = Path.of("../jincheng-2022-followup");

  private static List<String> dataFiles(Path folder) throws IOException {
    try (Stream<Path> s = Files.walk(folder, 2)) {
      return s.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void theCommittedFilesAreTheGeneratedOnes(@TempDir Path fresh) throws IOException {
    if (Boolean.getBoolean(GeneratedFilesAreCurrentTest.REGENERATE)) {
      JinchengFollowUp.write(COMMITTED);
    }
    JinchengFollowUp.write(fresh);

    assertThat(dataFiles(COMMITTED)).as("data files in %s", COMMITTED).containsExactlyElementsOf(dataFiles(fresh));
    for (String name : dataFiles(fresh)) {
      assertThat(Files.readAllBytes(COMMITTED.resolve(name)))
          .as("%s differs from what JinchengFollowUp writes: regenerate it", name)
          .isEqualTo(Files.readAllBytes(fresh.resolve(name)));
    }
  }

  @Test
  void theInstitutionFilesAreNumberedAsBeforeAndThePlanAndWaiversAreInTheirSubfolder() throws IOException {
    assertThat(dataFiles(COMMITTED)).containsExactly(
        "01-jincheng-exam-centre.yaml",
        "02-jinneng-equipment-centre.yaml",
        "03-yangcheng-training-centre.yaml",
        "04-huagang-power.yaml",
        "05-zezhou-training-centre.yaml",
        "06-lanhua-training-centre.yaml",
        "07-qinshui-coal-safety-centre.yaml",
        "08-jinpushan-coal-training-centre.yaml",
        JinchengArchive.INSPECTION_FILE,
        JinchengFollowUp.PLAN_FILE,
        JinchengFollowUp.WAIVERS_FILE);
  }

  @Test
  void generatingTwiceGivesTheSameFiles() {
    assertThat(JinchengFollowUp.files()).isEqualTo(JinchengFollowUp.files());
  }
}
