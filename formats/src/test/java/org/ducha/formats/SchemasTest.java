package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed JSON schemas in docs/schemas are what the model gives, and every data file under examples/ is valid
 * against its schema (checked with a JSON-schema validator, networknt json-schema-validator, draft 7).
 */
class SchemasTest {

  /** The examples folder, seen from the formats module. */
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void the_committed_schemas_are_up_to_date() throws IOException {
    boolean write = Boolean.getBoolean("ducha.schemas.write");
    StringBuilder stale = new StringBuilder();
    for (JsonSchemas.Schema s : JsonSchemas.Schema.values()) {
      String generated = JsonSchemas.text(s);
      Path file = JsonSchemas.DIRECTORY.resolve(s.file);
      String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      if (generated.equals(committed)) {
        continue;
      }
      if (write) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, generated, StandardCharsets.UTF_8);
        System.out.println("wrote docs/schemas/" + s.file);
      } else {
        stale.append("\n  docs/schemas/").append(s.file).append(committed == null ? " is missing" : " differs from what the model gives");
      }
    }
    if (!stale.isEmpty()) {
      fail("Stale JSON schemas:" + stale + "\nRegenerate them from the repository root with:\n  " + JsonSchemas.REGENERATE
          + "\nand commit docs/schemas.");
    }
  }

  @Test
  void every_example_data_file_is_valid_against_its_schema() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(EXAMPLES)) {
      // Data files only: not the sources and resources of the example projects, nor build output.
      files = s.filter(Files::isRegularFile)
          .filter(p -> DataFormat.of(p).isPresent())
          .filter(p -> p.getNameCount() < 2 || !pathHas(EXAMPLES.relativize(p), "src", "target"))
          .sorted()
          .toList();
    }
    List<String> problems = new ArrayList<>();
    List<JsonSchemas.Schema> seen = new ArrayList<>();
    for (Path f : files) {
      JsonSchemas.Schema schema = schemaOf(f);
      seen.add(schema);
      for (JsonNode doc : documents(f)) {
        validate(schema, doc).forEach(e -> problems.add(EXAMPLES.relativize(f) + ": " + e));
      }
    }
    assertThat(problems).isEmpty();
    // Both inspections of the Jincheng example, their institutions, the plan and the waivers were found and checked.
    assertThat(seen).filteredOn(s -> s == JsonSchemas.Schema.INSTITUTION).hasSizeGreaterThanOrEqualTo(16);
    assertThat(seen).contains(JsonSchemas.Schema.INSPECTION, JsonSchemas.Schema.PLAN, JsonSchemas.Schema.WAIVERS);
  }

  @Test
  void the_test_kits_clean_institution_is_valid_and_mistakes_in_it_are_not() {
    ObjectNode clean = (ObjectNode) DataFormat.JSON.mapper().valueToTree(Fixtures.cleanInstitution());
    assertThat(validate(JsonSchemas.Schema.INSTITUTION, clean)).isEmpty();

    assertThat(validate(JsonSchemas.Schema.INSTITUTION, clean.deepCopy().put("colour", "red"))).singleElement().asString().contains("colour");
    assertThat(validate(JsonSchemas.Schema.INSTITUTION, clean.deepCopy().put("legalForm", "public"))).singleElement().asString().contains("legalForm");
    assertThat(validate(JsonSchemas.Schema.INSTITUTION, clean.deepCopy().put("inspectedOn", "2022-3-7")))
        .isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("/inspectedOn:"));
    ObjectNode noName = clean.deepCopy();
    noName.remove("name");
    assertThat(validate(JsonSchemas.Schema.INSTITUTION, noName)).singleElement().asString().contains("name");
    ObjectNode badTime = clean.deepCopy();
    ((ObjectNode) badTime.get("classes").get(0).get("lessons").get(0)).put("start", "8:30");
    assertThat(validate(JsonSchemas.Schema.INSTITUTION, badTime)).singleElement().asString().contains("start");
  }

  @Test
  void the_profile_of_the_readers_documentation_is_valid() {
    String profile = """
        name: jincheng-2022
        campaigns: [zouguochang-2021]
        disable: [facilities.practical-exam.not-smart]
        severities:
          archive.not-bound: MINOR
        parameters:
          governance.emergency-plan.outdated:
            maxAgeMonths: 24
        """;
    JsonNode doc = DataFormat.YAML.mapper().readTree(profile);
    assertThat(validate(JsonSchemas.Schema.PROFILE, doc)).isEmpty();
    ObjectNode wrongSeverity = (ObjectNode) doc.deepCopy();
    wrongSeverity.putObject("severities").put("archive.not-bound", "LOW");
    assertThat(validate(JsonSchemas.Schema.PROFILE, wrongSeverity)).anySatisfy(e -> assertThat(e).startsWith("/severities/archive.not-bound:"));
  }

  private static final java.util.Map<JsonSchemas.Schema, Schema> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The problems the validator finds in {@code document}, against the committed schema; empty when it is valid. */
  static List<String> validate(JsonSchemas.Schema schema, JsonNode document) {
    Schema s = COMPILED.computeIfAbsent(schema, k -> {
      try {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(Files.readString(JsonSchemas.DIRECTORY.resolve(k.file), StandardCharsets.UTF_8), InputFormat.JSON);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    return s.validate(document).stream().map(Error::toString).toList();
  }

  private static JsonSchemas.Schema schemaOf(Path f) {
    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
    if (InspectionReader.INSPECTION_FILES.contains(name)) {
      return JsonSchemas.Schema.INSPECTION;
    }
    if (name.startsWith("plan.")) {
      return JsonSchemas.Schema.PLAN;
    }
    if (name.startsWith("waivers.")) {
      return JsonSchemas.Schema.WAIVERS;
    }
    if (name.contains("profile")) {
      return JsonSchemas.Schema.PROFILE;
    }
    return JsonSchemas.Schema.INSTITUTION;
  }

  /** The file's documents: one, or one per non-blank line of a JSON-lines file. */
  private static List<JsonNode> documents(Path f) throws IOException {
    if (f.getFileName().toString().endsWith(".jsonl")) {
      return Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
          .map(l -> DataFormat.JSON.mapper().readTree(l)).toList();
    }
    return List.of(DataFormat.of(f).orElseThrow().mapper().readTree(Files.readAllBytes(f)));
  }

  private static boolean pathHas(Path relative, String... names) {
    for (Path part : relative) {
      for (String n : names) {
        if (part.toString().equals(n)) {
          return true;
        }
      }
    }
    return false;
  }
}
