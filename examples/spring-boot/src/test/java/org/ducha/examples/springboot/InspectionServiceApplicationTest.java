package org.ducha.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ducha.formats.DataFormat;
import org.ducha.formats.InspectionReader;
import org.ducha.spring.CheckTimers;
import org.ducha.spring.InspectionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The service end to end through MockMvc, on whichever Spring Boot line this module builds with. Expected figures
 * come from the inspection's own files and from other requests, never from this service's output alone: 95 findings
 * for the Jincheng inspection is what {@code ducha inspect examples/jincheng-2022} reports (37 条（95 处）: 88 before the
 * one-id-per-defect splits turned some findings into two).
 */
@SpringBootTest(properties = {"upload.max-entries=20", "upload.max-entry-bytes=1MB", "upload.max-bytes=4MB"})
class InspectionServiceApplicationTest {

  static final Path JINCHENG = Path.of("../../jincheng-2022");
  static final List<String> ORDER = List.of("jincheng-exam-centre", "jinneng-equipment-centre", "yangcheng-training-centre",
      "huagang-power", "zezhou-training-centre", "lanhua-training-centre", "qinshui-coal-safety-centre",
      "jinpushan-coal-training-centre");

  @Autowired
  WebApplicationContext context;

  @Autowired
  InspectionService service;

  @Autowired
  MeterRegistry registry;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  static byte[] file(String name) throws IOException {
    return Files.readAllBytes(JINCHENG.resolve(name));
  }

  /** The Jincheng folder as a zip, under a top folder as zipping a folder gives. */
  static byte[] jinchengZip() throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("jincheng-2022/", new byte[0]);
    try (Stream<Path> files = Files.list(JINCHENG)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        entries.put("jincheng-2022/" + f.getFileName(), Files.readAllBytes(f));
      }
    }
    return zip(entries);
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  String postZip(byte[] zip, int expectedStatus) throws Exception {
    return mvc.perform(post("/inspections").contentType("application/zip").content(zip))
        .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void an_inspection_zip_gives_the_commands_report_with_its_campaigns_and_order() throws Exception {
    mvc.perform(post("/inspections").contentType("application/zip").content(jinchengZip()))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.institutions[*].institutionId").value(equalTo(ORDER)))
        .andExpect(jsonPath("$.institutions[*].status").value(hasSize(8)))
        .andExpect(jsonPath("$.profile.campaigns").value(equalTo(List.of("zouguochang-2021"))))
        .andExpect(jsonPath("$.institutions[*].findings[*]").value(hasSize(95)));
  }

  @Test
  void one_institution_as_yaml_or_json_gives_the_same_report_the_inspection_gives_it_without_campaign_checks() throws Exception {
    byte[] yaml = file("01-jincheng-exam-centre.yaml");
    // The same institution as JSON, as the library writes the model.
    byte[] json = DataFormat.JSON.writeString(InspectionReader.institution(yaml, DataFormat.YAML, "01.yaml").institution().orElseThrow())
        .getBytes(StandardCharsets.UTF_8);
    String fromYaml = mvc.perform(post("/institutions").contentType("application/yaml").content(yaml))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    String fromJson = mvc.perform(post("/institutions").contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(fromJson).isEqualTo(fromYaml);

    // Alone, without the inspection file, no campaign is on: its findings are the inspection's minus the campaign's.
    String catalogue = mvc.perform(get("/catalogue")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    List<String> campaignChecks = JsonPath.read(catalogue, "$[?(@.campaign != null)].id");
    assertThat(campaignChecks).isNotEmpty();
    String whole = postZip(jinchengZip(), 200);
    List<String> inInspection = JsonPath.read(whole, "$.institutions[0].findings[*].fingerprint");
    List<String> inspectionChecks = JsonPath.read(whole, "$.institutions[0].findings[*].checkId");
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < inInspection.size(); i++) {
      if (!campaignChecks.contains(inspectionChecks.get(i))) {
        expected.add(inInspection.get(i));
      }
    }
    assertThat(inspectionChecks).anyMatch(campaignChecks::contains);
    List<String> alone = JsonPath.read(fromYaml, "$.institutions[0].findings[*].fingerprint");
    assertThat(alone).isNotEmpty().containsExactlyElementsOf(expected);
  }

  @Test
  void html_by_accept_header_or_by_parameter() throws Exception {
    byte[] yaml = file("01-jincheng-exam-centre.yaml");
    mvc.perform(post("/institutions").contentType("application/yaml").accept(MediaType.TEXT_HTML).content(yaml))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("<html")))
        .andExpect(content().string(containsString("晋城市应急管理资格考试中心")));
    byte[] eighth = file("08-jinpushan-coal-training-centre.yaml");
    mvc.perform(post("/institutions").param("format", "html").accept(MediaType.APPLICATION_JSON)
            .contentType("application/yaml").content(eighth))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("晋普山煤矿培训中心")));
    mvc.perform(post("/institutions").accept("text/markdown;q=0.9, text/csv;q=0.5").contentType("application/yaml").content(eighth))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/markdown"));
    mvc.perform(post("/institutions").param("format", "pdf").contentType("application/yaml").content(yaml))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("'pdf'")));
  }

  @Test
  void invalid_records_give_422_and_a_report_naming_every_problem() throws Exception {
    String yaml = new String(file("05-zezhou-training-centre.yaml"), StandardCharsets.UTF_8)
        .replaceFirst("(?m)^inspectedOn: .*$", "inspectedOn: \"someday\"");
    mvc.perform(post("/institutions").contentType("application/yaml").content(yaml.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().is(422))
        .andExpect(jsonPath("$.institutions[0].status").value("NOT_INSPECTED"))
        .andExpect(jsonPath("$.institutions[0].problems[*].path").value(hasItem("inspectedOn")));
  }

  @Test
  void the_catalogue_lists_every_check_with_its_title() throws Exception {
    mvc.perform(get("/catalogue").param("locale", "en"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id").value(hasSize(service.catalogue().size())))
        .andExpect(jsonPath("$[?(@.id == 'governance.problem-list.missing')].campaign").value(equalTo(List.of("zouguochang-2021"))))
        .andExpect(jsonPath("$[?(@.id == 'governance.problem-list.missing')].title").value(equalTo(List.of(
            service.inspector().messages().text("governance.problem-list.missing.title", java.util.Locale.ENGLISH).orElseThrow()))));
  }

  @Test
  void actuator_info_shows_the_packs_and_their_versions() throws Exception {
    mvc.perform(get("/actuator/info"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ducha.packs[*].id").value(equalTo(List.of("archive", "facilities", "governance", "staffing"))))
        .andExpect(jsonPath("$.ducha.packs[*].version").value(equalTo(service.inspector().packInfos().stream().map(p -> p.version()).toList())))
        .andExpect(jsonPath("$.ducha.checks[*].id").value(hasSize(service.catalogue().size())));
  }

  @Test
  void each_check_that_ran_is_timed_once_per_institution() throws Exception {
    Map<String, Double> before = timers();
    String report = mvc.perform(post("/institutions").contentType("application/yaml").content(file("03-yangcheng-training-centre.yaml")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    List<String> ran = JsonPath.read(report, "$.institutions[0].outcomes[?(@.status != 'NOT_APPLICABLE')].checkId");
    List<String> skipped = JsonPath.read(report, "$.institutions[0].outcomes[?(@.status == 'NOT_APPLICABLE')].checkId");
    assertThat(ran).isNotEmpty();
    assertThat(skipped).isNotEmpty();
    Map<String, Double> after = timers();
    for (String check : ran) {
      assertThat(after.get(check) - before.getOrDefault(check, 0.0)).as(check).isEqualTo(1.0);
    }
    for (String check : skipped) {
      assertThat(after.getOrDefault(check, 0.0)).as(check).isEqualTo(before.getOrDefault(check, 0.0));
    }
  }

  private Map<String, Double> timers() {
    return registry.find(CheckTimers.NAME).timers().stream().collect(Collectors.toMap(t -> t.getId().getTag("check"), t -> (double) t.count()));
  }

  @Test
  void zip_slip_absolute_paths_and_other_file_types_are_refused_all_at_once() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Set<Path> uploadsBefore = uploads(tmp);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("inspection.yaml", file("inspection.yaml"));
    entries.put("../evil-h8.yaml", "x: 1".getBytes(StandardCharsets.UTF_8));
    entries.put("/etc/evil-h8.yaml", "x: 1".getBytes(StandardCharsets.UTF_8));
    entries.put("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
    entries.put("C:/evil-h8.yaml", "x: 1".getBytes(StandardCharsets.UTF_8));
    entries.put("a\\..\\evil-h8.yaml", "x: 1".getBytes(StandardCharsets.UTF_8));
    entries.put("__MACOSX/._inspection.yaml", "x".getBytes(StandardCharsets.UTF_8));
    String body = postZip(zip(entries), 400);
    List<String> problems = JsonPath.read(body, "$.problems");
    assertThat(problems).hasSize(6).anySatisfy(p -> assertThat(p).contains("'../evil-h8.yaml'").contains("'..' segment"))
        .anySatisfy(p -> assertThat(p).contains("'/etc/evil-h8.yaml'").contains("absolute"))
        .anySatisfy(p -> assertThat(p).contains("'C:/evil-h8.yaml'").contains("absolute"))
        .anySatisfy(p -> assertThat(p).contains("'notes.txt'").contains("not an inspection file"))
        .anySatisfy(p -> assertThat(p).contains("backslash"))
        .anySatisfy(p -> assertThat(p).contains("hidden"));
    assertThat(tmp.getParent().resolve("evil-h8.yaml")).doesNotExist();
    assertThat(tmp.resolve("evil-h8.yaml")).doesNotExist();
    assertThat(uploads(tmp)).isEqualTo(uploadsBefore);
  }

  @Test
  void too_many_entries_or_too_many_bytes_stop_the_upload_with_413() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Set<Path> uploadsBefore = uploads(tmp);
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 21; i++) {
      many.put("f" + i + ".yaml", "x: 1".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(postZip(zip(many), 413)).contains("more than 20 entries");
    // A zip bomb in small: 2 MB of zeros packs into a few kB, but unpacks past the 1 MB limit per file.
    assertThat(postZip(zip(Map.of("bomb.yaml", new byte[2 * 1024 * 1024])), 413)).contains("bomb.yaml").contains("limit per file");
    // Four files of 1 MB each are under the limit per file, but not under the 4 MB of the whole archive.
    Map<String, byte[]> big = new LinkedHashMap<>();
    for (int i = 0; i < 5; i++) {
      big.put("big" + i + ".yaml", new byte[1024 * 1024 - 1]);
    }
    assertThat(postZip(zip(big), 413)).contains("for the archive");
    assertThat(uploads(tmp)).isEqualTo(uploadsBefore);
  }

  @Test
  void what_is_not_a_zip_or_holds_no_inspection_file_is_refused() throws Exception {
    assertThat(postZip("not a zip at all".getBytes(StandardCharsets.UTF_8), 400)).contains("no inspection files");
    assertThat(postZip(zip(Map.of("folder/", new byte[0])), 400)).contains("no inspection files");
  }

  private static Set<Path> uploads(Path tmp) throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(p -> p.getFileName().toString().startsWith("ducha-upload")).collect(Collectors.toSet());
    }
  }
}
