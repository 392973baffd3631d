package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.ducha.engine.Profile;
import org.ducha.finding.Severity;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;
import org.ducha.model.TrainingClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the format reference ({@code formats/README.md}) true: its example is valid, equals the files under
 * {@code src/test/resources/reference-example/}, its profile example reads, and its tables name exactly the
 * fields of every record and the values of every enumeration. Runs with the module folder as working directory.
 */
class ReferenceExampleTest {

  private static final Path EXAMPLE = Path.of("src/test/resources/reference-example");
  private static final Path README = Path.of("../formats/README.md");

  @TempDir
  Path dir;

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  /** The YAML block right after the marker {@code <!-- name -->}, without its fences. */
  private static String block(String readme, String marker) {
    String open = "<!-- " + marker + " -->\n```yaml\n";
    int start = readme.indexOf(open);
    assertThat(start).as("README has a yaml block marked <!-- %s -->", marker).isNotNegative();
    assertThat(readme.indexOf(open, start + 1)).as("only one block marked %s", marker).isNegative();
    int from = start + open.length();
    int end = readme.indexOf("```\n", from);
    assertThat(end).as("the block marked %s is closed", marker).isGreaterThanOrEqualTo(from);
    return readme.substring(from, end);
  }

  @Test
  void the_example_folder_is_valid() {
    InspectionReader reader = InspectionReader.of(List.of(EXAMPLE));

    Parsed<Inspection> inspection = reader.readInspection().orElseThrow();
    assertThat(inspection.problems()).isEmpty();
    assertThat(inspection.ok()).isTrue();

    List<InstitutionInput> inputs;
    try (Stream<InstitutionInput> s = reader.institutions()) {
      inputs = s.toList();
    }
    assertThat(inputs).singleElement().satisfies(in -> {
      assertThat(in.problems()).isEmpty();
      assertThat(in.institution()).isPresent();
    });
    Institution inst = inputs.get(0).institution().orElseThrow();
    assertThat(inspection.value().orElseThrow().institutionIds()).containsExactly(inst.id());

    // What the page promises the example shows.
    assertThat(inst.classes()).hasSize(1);
    TrainingClass c = inst.classes().get(0);
    assertThat(c.lessons()).hasSize(2);
    assertThat(c.trainees()).hasSize(2);
    assertThat(c.attendance()).isNotEmpty();
    assertThat(c.leaveNotes()).hasSize(1);
    assertThat(c.exams()).hasSize(1);
    assertThat(c.documents()).isNotEmpty();
    assertThat(inst.documents()).isNotEmpty();
    assertThat(inst.rosters()).isNotEmpty();
    assertThat(inst.rooms()).hasSize(1);
    assertThat(inst.equipment()).hasSize(1);
  }

  @Test
  void the_readme_shows_the_example_files_exactly() throws IOException {
    String readme = readme();
    for (String file : List.of("inspection.yaml", "institution.yaml")) {
      String content = Files.readString(EXAMPLE.resolve(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
      assertThat(block(readme, "reference-example/" + file)).as("README block of %s", file).isEqualTo(content);
    }
  }

  @Test
  void the_readme_profile_example_reads() throws IOException {
    Path file = dir.resolve("profile.yaml");
    Files.writeString(file, block(readme(), "profile-example"), StandardCharsets.UTF_8);
    Profile p = ProfileReader.read(file);
    assertThat(p.name()).isNotBlank();
    assertThat(p.campaigns()).isNotEmpty();
    assertThat(p.disabledChecks()).isNotEmpty();
    assertThat(p.severities()).containsValue(Severity.MINOR);
    assertThat(p.parameters()).isNotEmpty();
  }

  @Test
  void the_readme_tables_name_exactly_the_fields_of_every_record() throws IOException {
    Map<String, List<String>> tables = fieldTables(readme());
    Set<Class<?>> records = new LinkedHashSet<>();
    Set<Class<?>> enums = new LinkedHashSet<>();
    reachable(Inspection.class, records, enums);
    reachable(Institution.class, records, enums);
    for (Class<?> r : records) {
      List<String> components = Arrays.stream(r.getRecordComponents()).map(RecordComponent::getName).toList();
      assertThat(tables).as("README has a section ### %s", r.getSimpleName()).containsKey(r.getSimpleName());
      assertThat(tables.get(r.getSimpleName())).as("fields of %s in the README", r.getSimpleName()).isEqualTo(components);
    }
    assertThat(tables.keySet()).as("README sections for records that exist")
        .containsExactlyInAnyOrderElementsOf(records.stream().map(Class::getSimpleName).toList());
  }

  @Test
  void the_readme_lists_exactly_the_values_of_every_enumeration() throws IOException {
    Map<String, List<String>> listed = enumTable(readme());
    Set<Class<?>> records = new LinkedHashSet<>();
    Set<Class<?>> enums = new LinkedHashSet<>();
    reachable(Inspection.class, records, enums);
    reachable(Institution.class, records, enums);
    for (Class<?> e : enums) {
      List<String> constants = Arrays.stream(e.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
      assertThat(listed.get(e.getSimpleName())).as("values of %s in the README", e.getSimpleName()).isEqualTo(constants);
    }
    assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(enums.stream().map(Class::getSimpleName).toList());
  }

  /** Field names (first column) of the table under each {@code ### Name} heading naming a model record. */
  private static Map<String, List<String>> fieldTables(String readme) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String section = null;
    for (String line : readme.split("\n")) {
      if (line.startsWith("#")) {
        section = null;
        if (line.startsWith("### ") && isModelRecord(line.substring(4).trim())) {
          section = line.substring(4).trim();
          out.put(section, new ArrayList<>());
        }
      } else if (section != null && line.startsWith("| `")) {
        out.get(section).add(line.substring(3, line.indexOf('`', 3)));
      }
    }
    return out;
  }

  /** The enumeration table: enum name (carried down blank cells) to its values in order. */
  private static Map<String, List<String>> enumTable(String readme) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    boolean in = false;
    String current = null;
    for (String line : readme.split("\n")) {
      if (line.startsWith("#")) {
        in = line.equals("### Enumerations");
        continue;
      }
      if (!in || !line.startsWith("|") || line.startsWith("|---") || line.startsWith("| enum ")) {
        continue;
      }
      String[] cells = line.split("\\|");
      String name = cells[1].trim().replace("`", "");
      if (!name.isEmpty()) {
        current = name;
      }
      out.computeIfAbsent(current, k -> new ArrayList<>()).add(cells[2].trim().replace("`", ""));
    }
    return out;
  }

  private static boolean isModelRecord(String simpleName) {
    try {
      return Class.forName("org.ducha.model." + simpleName).isRecord();
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Collects the model records and enums reachable from {@code type} through record components. */
  private static void reachable(Type type, Set<Class<?>> records, Set<Class<?>> enums) {
    if (type instanceof ParameterizedType p) {
      for (Type arg : p.getActualTypeArguments()) {
        reachable(arg, records, enums);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || !c.getName().startsWith("org.ducha.model.")) {
      return;
    }
    if (c.isEnum()) {
      enums.add(c);
    } else if (c.isRecord() && records.add(c)) {
      for (RecordComponent rc : c.getRecordComponents()) {
        reachable(rc.getGenericType(), records, enums);
      }
    }
  }
}
