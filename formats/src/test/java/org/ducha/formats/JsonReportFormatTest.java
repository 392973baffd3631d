package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.InvalidRecordsException;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The JSON report's formatVersion, reports written before it, and the report schema. */
class JsonReportFormatTest {

  @TempDir
  Path dir;

  private final Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new WritersTest.RoomsPack()).build();

  /** An inspected institution with findings, and one whose file could not be read. */
  private final InspectionReport report = inspector.report(Optional.empty(), List.of(
      inspector.inspect(Fixtures.cleanInstitution()),
      InstitutionReport.notInspected("x", "x.yaml", false, Optional.empty(),
          List.of(InputProblem.of("name", "", "must not be blank").at("x.yaml", 3, 4)))));

  private String json(InspectionReport r) throws IOException {
    StringWriter w = new StringWriter();
    new JsonReportWriter().write(r, ReportContext.of(inspector), w);
    return w.toString();
  }

  private Path file(String text) throws IOException {
    Path f = Files.createTempFile(dir, "report", ".json");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void the_report_starts_with_its_format_version() throws IOException {
    String text = json(report);

    assertThat(text).startsWith("{\n  \"formatVersion\" : 1,\n");
    assertThat(JsonReportWriter.FORMAT_VERSION).isEqualTo(1);
  }

  @Test
  void the_written_report_is_valid_against_the_report_schema() throws IOException {
    JsonNode doc = DataFormat.JSON.mapper().readTree(json(report));

    assertThat(doc.get("institutions").get(0).get("findings")).isNotEmpty();
    assertThat(SchemasTest.validate(JsonSchemas.Schema.REPORT, doc)).isEmpty();
    assertThat(SchemasTest.validate(JsonSchemas.Schema.REPORT, ((tools.jackson.databind.node.ObjectNode) doc).put("formatVersion", 2)))
        .singleElement().asString().startsWith("/formatVersion:");
  }

  @Test
  void a_report_written_before_the_format_version_existed_is_still_read() throws IOException {
    String text = json(report);
    String old = text.replace("  \"formatVersion\" : 1,\n", "");
    assertThat(old).doesNotContain("formatVersion");

    Path f = file(old);
    assertThat(JsonReportWriter.read(f)).isEqualTo(JsonReportWriter.read(file(text)));
    assertThat(JsonReportWriter.readBaseline(f).entries()).hasSize(report.findings().toList().size());
  }

  @Test
  void a_later_format_is_refused_with_its_place() throws IOException {
    Path f = file(json(report).replace("\"formatVersion\" : 1,", "\"formatVersion\" : 2,"));

    assertThatThrownBy(() -> JsonReportWriter.readBaseline(f)).isInstanceOf(InvalidRecordsException.class)
        .hasMessageContaining(":2:")
        .hasMessageContaining("formatVersion = '2': not a report format this version of Ducha reads");
  }
}
