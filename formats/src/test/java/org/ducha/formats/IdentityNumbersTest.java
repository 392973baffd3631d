package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identity numbers in data files: plain strings in clear, read into the value type, wrong ones reported masked. */
class IdentityNumbersTest {

  private static final IdentityNumber LIU = Fixtures.identityNumber(12); // 140502199001010123
  private static final IdentityNumber ZHOU = Fixtures.identityNumber(31); // 140502199001010318

  @TempDir
  Path dir;

  private static Institution withNumbers() {
    Institution i = Mutations.mapTrainee(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, "tr-01",
        t -> t.withIdentityNumber(LIU).withOperationType(Fixtures.OP_LOW_VOLTAGE));
    return Mutations.staffIdentity(i, Fixtures.TEACHER_1, ZHOU);
  }

  private List<InstitutionInput> read(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    try (Stream<InstitutionInput> s = InspectionReader.of(List.of(dir.resolve(name))).institutions()) {
      return s.toList();
    }
  }

  @Test
  void written_as_plain_strings_in_clear_and_read_back_equal_in_json_and_yaml() throws IOException {
    Institution i = withNumbers();
    String json = DataFormat.JSON.mapper().writeValueAsString(i);
    assertThat(json).contains("\"identityNumber\" : \"140502199001010123\"", "\"identityNumber\" : \"140502199001010318\"",
        "\"operationType\" : \"electrician-low-voltage\"");
    String yaml = DataFormat.YAML.mapper().writeValueAsString(i);
    assertThat(yaml).contains("identityNumber: \"140502199001010123\"");
    for (InstitutionInput in : List.of(read("a.json", json).get(0), read("b.yaml", yaml).get(0))) {
      assertThat(in.problems()).isEmpty();
      assertThat(in.institution()).contains(i);
    }
    // a record without the new fields reads as before
    assertThat(read("c.json", DataFormat.JSON.mapper().writeValueAsString(Fixtures.cleanInstitution())).get(0).institution())
        .contains(Fixtures.cleanInstitution());
  }

  @Test
  void a_wrong_check_digit_is_located_with_file_line_field_and_the_value_masked() throws IOException {
    String json = DataFormat.JSON.mapper().writeValueAsString(withNumbers()).replace("140502199001010318", "140502199001010319");
    InstitutionInput in = read("wrong.json", json).get(0);
    assertThat(in.institution()).isEmpty();
    int line = lineOf(json, "140502199001010319");
    assertThat(in.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).hasValueSatisfying(f -> assertThat(f).endsWith("wrong.json"));
      assertThat(p.line()).contains(line);
      assertThat(p.path()).isEqualTo("staff[4].identityNumber");
      assertThat(p.value()).isEqualTo("140502********0319");
      assertThat(p.message()).contains("wrong check digit");
      assertThat(p.toString()).doesNotContain("140502199001010319");
    });
  }

  @Test
  void a_number_written_as_a_json_number_is_reported_masked() throws IOException {
    String json = DataFormat.JSON.mapper().writeValueAsString(withNumbers()).replace("\"140502199001010318\"", "140502199001010318");
    InstitutionInput in = read("number.json", json).get(0);
    assertThat(in.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).doesNotContain("140502199001010318"));
    assertThat(in.problems()).anySatisfy(p -> assertThat(p.value()).isEqualTo("140502********0318"));
  }

  @Test
  void every_malformed_number_is_reported_at_once() throws IOException {
    String json = DataFormat.JSON.mapper().writeValueAsString(withNumbers())
        .replace("140502199001010318", "14050219900101031").replace("140502199001010123", "110105491231002");
    InstitutionInput in = read("two.json", json).get(0);
    assertThat(in.problems()).hasSize(2);
    assertThat(in.problems()).extracting(p -> p.path()).containsExactlyInAnyOrder("staff[4].identityNumber", "classes[0].trainees[0].identityNumber");
    assertThat(in.problems()).extracting(p -> p.value()).containsExactlyInAnyOrder("140502*******1031", "110105*****1002");
  }

  private static int lineOf(String text, String needle) {
    String before = text.substring(0, text.indexOf(needle));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }
}
