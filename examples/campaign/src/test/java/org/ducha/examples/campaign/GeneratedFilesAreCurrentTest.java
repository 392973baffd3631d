package org.ducha.examples.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data files in {@code examples/campaign-cases} are exactly what {@link CampaignCases} writes, byte for byte, so
 * that the data and its generator cannot drift apart. When this fails after a change to the generator (or to the test
 * kit's clean institution it starts from), regenerate the files and commit them with the change: run this module's
 * tests with {@code -D}{@value #REGENERATE} (or run {@link CampaignCases#main} with the folder as argument).
 */
class GeneratedFilesAreCurrentTest {

  private static final Path COMMITTED = Path.of("../campaign-cases");

  /** The system property that makes this test rewrite the committed files before comparing them. */
  static final String REGENERATE = "campaign.regenerate";

  private static List<String> dataFiles(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void theCommittedFilesAreTheGeneratedOnes(@TempDir Path fresh) throws IOException {
    if (Boolean.getBoolean(REGENERATE)) {
      CampaignCases.write(COMMITTED);
    }
    CampaignCases.write(fresh);

    assertThat(dataFiles(COMMITTED)).as("data files in %s", COMMITTED).containsExactlyElementsOf(dataFiles(fresh));
    for (String name : dataFiles(fresh)) {
      assertThat(Files.readAllBytes(COMMITTED.resolve(name)))
          .as("%s differs from what CampaignCases writes: regenerate it", name)
          .isEqualTo(Files.readAllBytes(fresh.resolve(name)));
    }
  }

  @Test
  void generatingTwiceGivesTheSameFiles() {
    assertThat(CampaignCases.files()).isEqualTo(CampaignCases.files());
  }

  @Test
  void everyInstitutionHasItsFileAndTheInspectionListsThemInOrder() throws IOException {
    List<String> ids = CampaignCases.institutionIds();
    assertThat(ids).doesNotHaveDuplicates().hasSize(20);
    assertThat(CampaignCases.inspection().institutionIds()).containsExactlyElementsOf(ids);
    List<String> names = dataFiles(COMMITTED);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(names).contains(CampaignCases.fileName(i, ids.get(i)));
    }
  }
}
