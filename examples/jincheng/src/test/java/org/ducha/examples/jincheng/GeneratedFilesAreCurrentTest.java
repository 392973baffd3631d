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
 * The data files in {@code examples/jincheng-2022} are exactly what {@link JinchengArchive} writes, byte for byte,
 * so that the data and its generator cannot drift apart. When this fails after a change to the generator,
 * regenerate the files and commit them with the change: run this module's tests with {@code -D}{@value #REGENERATE}
 * (or run {@link JinchengArchive#main} with the folder as argument).
 */
class GeneratedFilesAreCurrentTest {

  private static final Path COMMITTED = Path.of("../jincheng-2022");

  /** The system property that makes this test rewrite the committed files before comparing them. */
  static final String REGENERATE = "jincheng.regenerate";

  private static List<String> dataFiles(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void theCommittedFilesAreTheGeneratedOnes(@TempDir Path fresh) throws IOException {
    if (Boolean.getBoolean(REGENERATE)) {
      JinchengArchive.write(COMMITTED);
    }
    JinchengArchive.write(fresh);

    assertThat(dataFiles(COMMITTED)).as("data files in %s", COMMITTED).containsExactlyElementsOf(dataFiles(fresh));
    for (String name : dataFiles(fresh)) {
      assertThat(Files.readAllBytes(COMMITTED.resolve(name)))
          .as("%s differs from what JinchengArchive writes: regenerate it", name)
          .isEqualTo(Files.readAllBytes(fresh.resolve(name)));
    }
  }

  @Test
  void theFilesAreNumberedInTheNoticesOrder() throws IOException {
    List<String> names = dataFiles(COMMITTED);
    assertThat(names).containsExactly(
        "01-jincheng-exam-centre.yaml",
        "02-jinneng-equipment-centre.yaml",
        "03-yangcheng-training-centre.yaml",
        "04-huagang-power.yaml",
        "05-zezhou-training-centre.yaml",
        "06-lanhua-training-centre.yaml",
        "07-qinshui-coal-safety-centre.yaml",
        "08-jinpushan-coal-training-centre.yaml",
        JinchengArchive.INSPECTION_FILE);
  }

  @Test
  void generatingTwiceGivesTheSameFiles() {
    assertThat(JinchengArchive.files()).isEqualTo(JinchengArchive.files());
  }
}
