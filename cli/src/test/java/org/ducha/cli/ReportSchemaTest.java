package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The JSON reports of the Jincheng inspection and of its follow-up (with baseline, plan and waivers) are valid against
 * the committed report schema, docs/schemas/report.schema.json.
 */
class ReportSchemaTest {

  private static final Path EXAMPLES = Path.of("..", "examples");

  @TempDir
  Path dir;

  private static void inspect(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isIn(0, 1); // 1: findings were reported
  }

  private static List<String> problems(Path report) throws IOException {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(Files.readString(Path.of("..", "docs", "schemas", "report.schema.json"), StandardCharsets.UTF_8), InputFormat.JSON);
    JsonNode doc = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(report, StandardCharsets.UTF_8));
    return schema.validate(doc).stream().map(Error::toString).toList();
  }

  @Test
  void the_examples_reports_are_valid_against_the_report_schema() throws IOException {
    Path first = dir.resolve("first.json");
    Path followUp = dir.resolve("follow-up.json");
    Path tracking = EXAMPLES.resolve("jincheng-2022-followup/tracking");

    inspect("inspect", EXAMPLES.resolve("jincheng-2022").toString(), "--format", "json", "--out", first.toString());
    inspect("inspect", EXAMPLES.resolve("jincheng-2022-followup").toString(), "--baseline", first.toString(),
        "--plan", tracking.resolve("plan.yaml").toString(), "--waivers", tracking.resolve("waivers.yaml").toString(),
        "--format", "json", "--out", followUp.toString());

    assertThat(problems(first)).isEmpty();
    assertThat(Files.readString(followUp, StandardCharsets.UTF_8)).contains("\"tracking\"");
    assertThat(problems(followUp)).isEmpty();
  }
}
