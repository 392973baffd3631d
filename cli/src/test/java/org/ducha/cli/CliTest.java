package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ducha.formats.DataFormat;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, Institution i) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, DataFormat.YAML.writeString(i), StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void checks_lists_every_loaded_check() {
    Run r = run("checks", "--locale", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("# pack archive").contains("# pack governance").contains("# pack staffing").contains("# pack facilities");
    assertThat(r.out()).contains("archive.not-bound").contains("governance.legal-entity.not-independent");
  }

  @Test
  void inspect_prints_the_problem_list_and_exits_0_on_a_clean_institution() throws IOException {
    write("a.yaml", Fixtures.cleanInstitution());
    Run r = run("inspect", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("| 序号 | 机构 | 存在问题 | 备注 |").contains("示例市安全技术培训中心").contains("未发现问题");
  }

  @Test
  void fail_on_exits_1_when_a_finding_is_at_or_above_it() throws IOException {
    write("a.yaml", Fixtures.cleanInstitution().with(b -> b.legalForm(LegalForm.INTERNAL_DEPARTMENT).parentOrganisation("某集团公司")));
    assertThat(run("inspect", dir.toString(), "--fail-on", "MAJOR").code()).isEqualTo(Main.FINDINGS);
    assertThat(run("inspect", dir.toString(), "--fail-on", "CRITICAL").code()).isEqualTo(Main.OK);
  }

  @Test
  void unreadable_input_is_listed_as_not_inspected_the_others_inspected_and_exit_is_2() throws IOException {
    write("1-good.yaml", Fixtures.cleanInstitution());
    Files.writeString(dir.resolve("2-bad.json"), "{\"id\": \"bad\", \"name\": \"坏机构\", \"legalForm\": \"NOPE\"}", StandardCharsets.UTF_8);
    Run r = run("inspect", dir.toString(), "--locale", "en");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.out()).contains("示例市安全技术培训中心").contains("坏机构").contains("Not inspected");
    assertThat(r.err()).contains("2-bad.json:1:").contains("legalForm = 'NOPE'");
  }

  @Test
  void writes_other_formats_to_a_file() throws IOException {
    write("a.yaml", Fixtures.cleanInstitution());
    Path out = dir.resolve("out").resolve("r.html");
    Files.createDirectories(out.getParent());
    Run r = run("inspect", dir.toString(), "--format", "html", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void bad_usage_exits_2() {
    assertThat(run("inspect").code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run("inspect", dir.toString(), "--format", "xml").code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run("inspect", dir.resolve("missing").toString()).code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run("inspect", dir.toString(), "--locale", "fr").code()).isEqualTo(Main.BAD_INPUT);
    assertThat(run("nonsense").code()).isEqualTo(Main.BAD_INPUT);
  }

  @Test
  void validate_reports_every_problem_and_exits_2() throws IOException {
    write("1-good.yaml", Fixtures.cleanInstitution());
    Files.writeString(dir.resolve("2-bad.yaml"), "id: bad\nname: ''\nlegalForm: BRANCH\ninspectedOn: 2022-13-40\n", StandardCharsets.UTF_8);
    Run r = run("validate", dir.toString(), "--locale", "en");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.out()).contains("2-bad.yaml").contains("name").contains("inspectedOn").contains("invalid: 1 of 2");
    Files.delete(dir.resolve("2-bad.yaml"));
    assertThat(run("validate", dir.toString()).code()).isZero();
  }

  @Test
  void a_profile_with_an_unknown_check_fails_with_the_closest_names() throws IOException {
    write("a.yaml", Fixtures.cleanInstitution());
    Path profile = dir.resolve("p.yml");
    Files.writeString(profile, "name: test\ndisable: [archive.not-bund]\n", StandardCharsets.UTF_8);
    Run r = run("inspect", dir.resolve("a.yaml").toString(), "--profile", profile.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("archive.not-bund").contains("archive.not-bound");
  }
}
