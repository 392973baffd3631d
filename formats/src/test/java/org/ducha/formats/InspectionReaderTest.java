package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ducha.engine.InputProblem;
import org.ducha.model.Institution;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class InspectionReaderTest {

  @TempDir
  Path dir;

  private static String json(Institution i) {
    return DataFormat.JSON.mapper().writeValueAsString(i);
  }

  private static ObjectNode tree(Institution i) {
    return (ObjectNode) DataFormat.JSON.mapper().readTree(json(i));
  }

  private Path write(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return f;
  }

  private List<InstitutionInput> readAll(Path... paths) {
    try (Stream<InstitutionInput> s = InspectionReader.of(List.of(paths)).institutions()) {
      return s.toList();
    }
  }

  @Test
  void json_and_yaml_round_trip_to_equal_records() throws IOException {
    Institution clean = Fixtures.cleanInstitution();
    Path a = write("a.json", json(clean));
    Path b = write("b.yaml", DataFormat.YAML.mapper().writeValueAsString(clean));
    // One reading each: in one batch, the second file with the same id would be refused.
    List<InstitutionInput> read = Stream.of(a, b).flatMap(f -> readAll(f).stream()).toList();
    assertThat(read).hasSize(2);
    assertThat(read).allSatisfy(in -> {
      assertThat(in.problems()).isEmpty();
      assertThat(in.institution()).contains(clean);
    });
  }

  @Test
  void malformed_json_is_located_and_the_other_files_are_still_read() throws IOException {
    write("1-bad.json", "{\n  \"id\": \"x\",\n  \"name\": \"坏文件\"\n  \"legalForm\": 3\n}\n");
    write("2-good.json", json(Fixtures.cleanInstitution()));
    List<InstitutionInput> read = readAll(dir);
    assertThat(read).hasSize(2);
    InstitutionInput bad = read.get(0);
    assertThat(bad.institution()).isEmpty();
    assertThat(bad.problems()).hasSize(1);
    InputProblem p = bad.problems().get(0);
    assertThat(p.file()).hasValueSatisfying(f -> assertThat(f).endsWith("1-bad.json"));
    assertThat(p.line()).contains(4);
    assertThat(p.message()).contains("not well-formed JSON");
    assertThat(read.get(1).institution()).isPresent();
  }

  @Test
  void malformed_yaml_is_located() throws IOException {
    write("bad.yaml", "id: x\nname: [unclosed\nlegalForm: BRANCH\n");
    InstitutionInput in = readAll(dir).get(0);
    assertThat(in.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).contains("not well-formed YAML");
      assertThat(p.line()).isPresent();
    });
  }

  @Test
  void every_problem_of_a_file_is_reported_at_once_with_path_value_and_line() throws IOException {
    ObjectNode t = tree(Fixtures.cleanInstitution());
    t.remove("name");                                                  // missing required field
    t.put("nmae", "typo");                                             // unknown field
    ObjectNode doc = (ObjectNode) t.get("documents").get(0);
    doc.put("pages", "many");                                          // wrong type
    ((ObjectNode) t.get("documents").get(1)).remove("pages");          // missing number
    ObjectNode cls = (ObjectNode) t.get("classes").get(0);
    cls.put("end", "2022-03-01");                                      // ends before it starts (2022-03-07)
    cls.put("kind", "ADVANCED");                                       // not an enum value
    ArrayNode staff = (ArrayNode) t.get("staff");
    ((ObjectNode) staff.get(1)).put("id", staff.get(0).get("id").asString()); // duplicate id
    write("inst.json", DataFormat.JSON.mapper().writeValueAsString(t));

    InstitutionInput in = readAll(dir).get(0);

    assertThat(in.institution()).isEmpty();
    List<InputProblem> problems = in.problems();
    assertThat(problems).extracting(InputProblem::path).contains(
        "name", "nmae", "documents[0].pages", "documents[1].pages", "classes[0].end", "classes[0].kind", "staff[1].id");
    assertThat(find(problems, "nmae").message()).contains("unknown field 'nmae'").contains("name");
    assertThat(find(problems, "documents[0].pages").value()).isEqualTo("many");
    assertThat(find(problems, "documents[1].pages").message()).contains("missing required field");
    assertThat(find(problems, "classes[0].end").message()).contains("must not be before start 2022-03-07");
    assertThat(find(problems, "classes[0].kind").message()).contains("INITIAL").contains("REFRESHER");
    assertThat(find(problems, "staff[1].id").message()).contains("duplicate id");
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.file()).hasValueSatisfying(f -> assertThat(f).endsWith("inst.json"));
      assertThat(p.line()).as("line of %s", p).hasValueSatisfying(l -> assertThat(l).isPositive());
    });
    // The report can still name the institution.
    assertThat(in.id()).isEqualTo(Fixtures.INSTITUTION_ID);
    assertThat(in.notInspectedReport().problems()).isEqualTo(problems);
  }

  @Test
  void a_wrong_type_for_a_list_is_reported_and_reading_goes_on() throws IOException {
    ObjectNode t = tree(Fixtures.cleanInstitution());
    t.put("rooms", "none");
    t.put("headId", "nobody");
    write("inst.json", DataFormat.JSON.mapper().writeValueAsString(t));
    InstitutionInput in = readAll(dir).get(0);
    assertThat(in.problems()).extracting(InputProblem::path).contains("rooms", "headId");
    assertThat(find(in.problems(), "headId").message()).contains("refers to no staff member");
  }

  @Test
  void a_fraction_in_a_whole_number_field_and_a_score_over_100_are_reported() throws IOException {
    ObjectNode t = tree(Fixtures.cleanInstitution());
    ((ObjectNode) t.get("documents").get(0)).put("pages", 12.5);
    ObjectNode score = (ObjectNode) t.get("classes").get(0).get("exams").get(0).get("scores").get(0);
    score.put("score", 120);
    write("inst.json", DataFormat.JSON.mapper().writeValueAsString(t));
    InstitutionInput in = readAll(dir).get(0);
    assertThat(find(in.problems(), "documents[0].pages").value()).isEqualTo("12.5");
    assertThat(find(in.problems(), "classes[0].exams[0].scores[0].score").message()).isEqualTo("must be at most 100");
  }

  @Test
  void yaml_null_marks_an_absent_optional_value() throws IOException {
    String yaml = DataFormat.YAML.mapper().writeValueAsString(Fixtures.cleanInstitution()).replace("headId: \"s-head\"", "headId: null")
        .replace("headId: s-head", "headId: null");
    write("inst.yaml", yaml);
    InstitutionInput in = readAll(dir).get(0);
    assertThat(in.problems()).isEmpty();
    assertThat(in.institution().orElseThrow().headId()).isEmpty();
  }

  @Test
  void json_lines_are_read_one_institution_per_line() throws IOException {
    Institution a = Fixtures.cleanInstitution();
    Institution b = a.with(x -> x.id("second").name("第二家"));
    String lines = DataFormat.JSON.mapper().writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(a)
        + "\n\n{broken\n"
        + DataFormat.JSON.mapper().writer().without(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(b) + "\n";
    write("all.jsonl", lines);
    List<InstitutionInput> read = readAll(dir.resolve("all.jsonl"));
    assertThat(read).extracting(InstitutionInput::source).containsExactly(
        dir.resolve("all.jsonl") + ":1", dir.resolve("all.jsonl") + ":3", dir.resolve("all.jsonl") + ":4");
    assertThat(read.get(0).institution()).contains(a);
    assertThat(read.get(1).institution()).isEmpty();
    assertThat(read.get(2).institution()).contains(b);
  }

  @Test
  void the_inspection_file_is_recognised_by_name() throws IOException {
    write("inspection.yaml", """
        id: demo
        name: 示例检查
        authority: 示例市应急管理局
        periodStart: 2022-04-19
        periodEnd: 2022-04-18
        campaigns: [zouguochang-2021]
        """);
    write("a.json", json(Fixtures.cleanInstitution()));
    InspectionReader reader = InspectionReader.of(List.of(dir));
    assertThat(reader.institutionFiles()).hasSize(1);
    var parsed = reader.readInspection().orElseThrow();
    assertThat(parsed.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("periodEnd");
      assertThat(p.line()).contains(5);
    });
  }

  private static InputProblem find(List<InputProblem> problems, String path) {
    return problems.stream().filter(p -> p.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
  }
}
