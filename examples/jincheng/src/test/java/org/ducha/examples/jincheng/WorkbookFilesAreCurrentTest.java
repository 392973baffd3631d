package org.ducha.examples.jincheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The files in {@code examples/jincheng-2022-xlsx} are exactly what {@link JinchengWorkbooks} writes, byte for byte
 * (the workbook writer fixes every time stamp), so the workbooks cannot drift from the records the YAML files hold.
 * When this fails after a change to the records or the writer, regenerate with {@code -D}{@value
 * GeneratedFilesAreCurrentTest#REGENERATE}, as for the YAML files, and commit the files with the change.
 */
class WorkbookFilesAreCurrentTest {

  private static final Path COMMITTED = Path.of("../jincheng-2022-xlsx");

  private static List<String> dataFiles(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).filter(JinchengWorkbooks::isDataFile).sorted().toList();
    }
  }

  @Test
  void the_committed_workbooks_are_the_generated_ones() throws IOException {
    if (Boolean.getBoolean(GeneratedFilesAreCurrentTest.REGENERATE)) {
      JinchengWorkbooks.write(COMMITTED);
    }
    Map<String, byte[]> fresh = JinchengWorkbooks.files();
    assertThat(dataFiles(COMMITTED)).as("data files in %s", COMMITTED).containsExactlyInAnyOrderElementsOf(fresh.keySet());
    for (Map.Entry<String, byte[]> f : fresh.entrySet()) {
      assertThat(Files.readAllBytes(COMMITTED.resolve(f.getKey())))
          .as("%s differs from what JinchengWorkbooks writes: regenerate it", f.getKey()).isEqualTo(f.getValue());
    }
  }

  @Test
  void the_workbooks_are_named_as_the_yaml_files_and_the_inspection_file_is_the_same() throws IOException {
    List<String> yaml = JinchengArchive.files().keySet().stream().filter(n -> !n.equals(JinchengArchive.INSPECTION_FILE)).toList();
    List<String> xlsx = JinchengWorkbooks.files().keySet().stream().filter(n -> n.endsWith(".xlsx")).toList();
    assertThat(xlsx).containsExactlyElementsOf(yaml.stream().map(n -> n.replaceFirst("\\.yaml$", ".xlsx")).toList());
    assertThat(Files.readAllBytes(COMMITTED.resolve(JinchengArchive.INSPECTION_FILE)))
        .isEqualTo(Files.readAllBytes(Path.of("../jincheng-2022", JinchengArchive.INSPECTION_FILE)));
  }
}
