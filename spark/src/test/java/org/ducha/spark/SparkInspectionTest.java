package org.ducha.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ducha.benchmarks.Defect;
import org.ducha.benchmarks.Generator;
import org.ducha.benchmarks.Scale;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Finding;
import org.ducha.formats.InspectionFiles;
import org.ducha.formats.ProfileReader;
import org.ducha.formats.ReportFormat;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job gives the local runner's report on the generator's data with every defect planted: the same
 * institutions in the same order, the same findings (fingerprints, messages, evidence) and outcomes — the
 * inspection-scope checks' included, whose facts travel through Spark's shuffle — and the same not-inspected lines.
 */
class SparkInspectionTest {

  @TempDir
  static Path dir;

  static SparkSession spark;
  static Generator generator;
  static Path data;
  static Path profile;
  static InspectionFiles.Result local;
  static SparkInspection.Result distributed;

  @BeforeAll
  static void inspectBothWays() throws IOException {
    // Six small institutions, every defect planted: the per-record ones at 5 %, those of an institution's staff always
    // (one chance per institution), so that each inspection-scope check has facts of two institutions to judge.
    Generator g = Generator.builder().seed(42).scale(new Scale(6, 3, 8, 4)).allRates(0.05)
        .rate(Defect.SHARED_STAFF, 1).rate(Defect.TRAINING_EXAM_STAFF, 1).build();
    generator = g;
    data = dir.resolve("year.jsonl");
    g.writeJsonLines(data, 0);
    List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
    // A line that is not JSON, a blank line, and a second institution with the id of the first (refused).
    Files.writeString(data, "{\"id\": \"broken\", \"name\": \n\n" + lines.get(0) + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    profile = dir.resolve("profile.yaml");
    Files.writeString(profile, "name: all\ncampaigns: [zouguochang-2021]\n", StandardCharsets.UTF_8);

    Inspector inspector = Inspector.builder().profile(ProfileReader.read(profile)).locale(MessageCatalog.EN).parallelism(2)
        .validateRecords(false).build();
    local = InspectionFiles.of(List.of(data)).inspect(inspector);

    spark = SparkSession.builder().master("local[2]").appName("ducha-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "3")
        .getOrCreate();
    distributed = SparkInspection.inspect(spark,
        new SparkInspection.Options(List.of(data.toString()), Optional.of(profile), MessageCatalog.EN, 0));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void the_data_plants_every_kind_of_defect_including_those_across_institutions() {
    Set<String> checks = local.report().institutions().stream().flatMap(r -> r.findings().stream()).map(Finding::checkId)
        .collect(Collectors.toSet());
    // Every inspection-scope check of the first-party packs finds something across institutions.
    assertThat(checks).contains("archive.attendance.cross-institution", "staffing.teacher.cross-institution",
        "staffing.examiner.cross-site", "staffing.identity-number.name-mismatch");
    for (Defect d : Defect.values()) {
      assertThat(generator.rate(d)).as("rate of %s", d).isPositive();
    }
    assertThat(local.inspector().inspectionScopeCheckIds()).allSatisfy(id -> assertThat(local.report().institutions())
        .as("outcomes of %s", id).anySatisfy(r -> assertThat(r.outcome(id)).isPresent()));
    assertThat(local.report().institutions()).hasSize(8);
  }

  @Test
  void findings_fingerprints_equal_the_local_runners_institution_by_institution() {
    assertThat(fingerprints(distributed.report().institutions())).isEqualTo(fingerprints(local.report().institutions()));
    assertThat(distributed.findings()).isNotEmpty();
    assertThat(distributed.facts()).as("facts through the shuffle").isPositive();
  }

  @Test
  void every_institution_report_equals_the_local_runners_outcomes_and_problems_included() {
    assertThat(distributed.report().institutions()).containsExactlyElementsOf(local.report().institutions());
    assertThat(distributed.report().profile()).isEqualTo(local.report().profile());
  }

  @Test
  void an_unreadable_line_and_a_second_institution_with_an_id_are_reported_not_inspected_with_their_problems() {
    assertThat(distributed.unreadable()).isTrue();
    List<InstitutionReport> notInspected = distributed.report().institutions().stream()
        .filter(r -> r.status() == InspectionStatus.NOT_INSPECTED).toList();
    assertThat(notInspected).hasSize(2);
    assertThat(notInspected.get(0).problems()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.file()).hasValue(data + ":7"));
    assertThat(notInspected.get(1).problems()).singleElement()
        .satisfies(p -> assertThat(p.render(MessageCatalog.EN)).startsWith(data + ":9: id = ").contains(data + ":1"));
  }

  @Test
  void the_findings_are_written_as_json_lines_in_report_order_beside_the_reports() throws IOException {
    Path out = dir.resolve("out");
    SparkInspection.write(distributed, out.toString(), List.of(ReportFormat.MD, ReportFormat.JSON), spark.sparkContext().hadoopConfiguration());
    List<String> lines = Files.readAllLines(out.resolve("findings.jsonl"), StandardCharsets.UTF_8);
    assertThat(lines).hasSameSizeAs(distributed.findings());
    for (int i = 0; i < lines.size(); i++) {
      Finding f = distributed.findings().get(i);
      assertThat(lines.get(i)).startsWith("{\"institutionId\":\"" + f.institutionId() + "\"")
          .contains("\"checkId\":\"" + f.checkId() + "\"").endsWith("\"fingerprint\":\"" + f.fingerprint() + "\"}");
    }
    assertThat(out.resolve("report.md")).content(StandardCharsets.UTF_8).contains(distributed.report().institutions().get(0).institutionName());
    assertThat(out.resolve("report.json")).isNotEmptyFile();
    // Identity numbers appear masked, never in clear, in everything the job writes.
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"identityNumber\"\\s*:\\s*\"(\\d{17}[\\dX])\"")
        .matcher(Files.readString(data, StandardCharsets.UTF_8));
    java.util.Set<String> numbers = new java.util.TreeSet<>();
    while (m.find()) {
      numbers.add(m.group(1));
    }
    assertThat(numbers).as("identity numbers in the data").isNotEmpty();
    for (String written : List.of("findings.jsonl", "report.md", "report.json")) {
      String text = Files.readString(out.resolve(written), StandardCharsets.UTF_8);
      assertThat(numbers).as(written).noneMatch(text::contains);
    }
    assertThat(String.join("\n", lines)).contains("********");
  }

  private static List<String> fingerprints(List<InstitutionReport> reports) {
    return reports.stream().map(r -> r.institutionId() + " " + r.status() + " "
        + r.findings().stream().map(f -> f.checkId() + "/" + f.fingerprint()).toList()).toList();
  }
}
