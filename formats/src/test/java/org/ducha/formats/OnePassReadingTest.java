package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ducha.engine.RecordValidator;
import org.ducha.model.Institution;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * A valid JSON document is read in one pass; anything else goes through the full reading. Either way the result
 * must be what the full reading alone gives: the same value, the same problems.
 */
class OnePassReadingTest {

  private static final tools.jackson.databind.ObjectMapper MAPPER = DataFormat.JSON.mapper();

  private static ObjectNode clean() {
    return MAPPER.valueToTree(Fixtures.cleanInstitution());
  }

  private static ObjectNode attendanceLine(ObjectNode inst) {
    return (ObjectNode) inst.get("classes").get(0).get("attendance").get(0);
  }

  static Stream<String> documents() {
    ObjectNode decimals = clean();
    ((ObjectNode) decimals.get("classes").get(0).get("lessons").get(0)).put("hours", new java.math.BigDecimal("4.50"));
    ObjectNode missingPrimitive = clean();
    attendanceLine(missingPrimitive).remove("signedIn");
    ObjectNode nullPrimitive = clean();
    attendanceLine(nullPrimitive).putNull("signedOut");
    ObjectNode fraction = clean();
    ((ObjectNode) fraction.get("staff").get(0)).put("practiceYears", 2.5);
    ObjectNode unknown = clean();
    attendanceLine(unknown).put("signedInn", true);
    ObjectNode wrongType = clean();
    ((ObjectNode) wrongType.get("classes").get(0)).put("start", "yesterday");
    ObjectNode invalid = clean();
    ((ObjectNode) invalid.get("classes").get(0)).put("headTeacherId", "nobody");
    ObjectNode missingList = clean();
    missingList.remove("priorFindings");
    String line = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(clean());
    return Stream.of(
        line,
        MAPPER.writeValueAsString(clean()),
        MAPPER.writeValueAsString(decimals),
        MAPPER.writeValueAsString(missingPrimitive),
        MAPPER.writeValueAsString(nullPrimitive),
        MAPPER.writeValueAsString(fraction),
        MAPPER.writeValueAsString(unknown),
        MAPPER.writeValueAsString(wrongType),
        MAPPER.writeValueAsString(invalid),
        MAPPER.writeValueAsString(missingList),
        line + " {}",
        line.substring(0, line.length() - 2),
        "[]",
        "",
        "null");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void reading_gives_what_the_full_reading_gives(String document) {
    byte[] content = document.getBytes(StandardCharsets.UTF_8);
    UnaryOperator<tools.jackson.databind.ObjectReader> same = r -> r;
    Parsed<Institution> read = DocumentReader.read(content, DataFormat.JSON, "doc.json", Institution.class, RecordValidator.get()::validate, same);
    Parsed<Institution> full = DocumentReader.readFully(content, DataFormat.JSON, "doc.json", Institution.class, RecordValidator.get()::validate, same);
    assertThat(read).isEqualTo(full);
  }

  @Test
  void decimals_keep_their_scale() {
    ObjectNode decimals = clean();
    ((ObjectNode) decimals.get("classes").get(0).get("lessons").get(0)).put("hours", new java.math.BigDecimal("4.50"));
    Parsed<Institution> read = DocumentReader.read(MAPPER.writeValueAsBytes(decimals), DataFormat.JSON, "d.json", Institution.class,
        RecordValidator.get()::validate);
    assertThat(read.value().orElseThrow().classes().get(0).lessons().get(0).hours().scale()).isEqualTo(2);
    assertThat(read.problems()).isEqualTo(List.of());
  }
}
