package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.ducha.formats.DataFormat;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input as a user meets it through the command: the folder, the files' encodings and links, the inspection file,
 * the profile and the tracking files. Each case names the file, line and column, says what is wrong in the chosen
 * language, and (where an institution could still be read) the good institution is still inspected and reported.
 */
class BadInputCliTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private static String yaml(Institution i) {
    return DataFormat.YAML.writeString(i);
  }

  /** A folder with the good institution (named 良好培训中心) in 2-good.yaml. */
  private Path withGood() throws IOException {
    Files.writeString(dir.resolve("2-good.yaml"), yaml(Fixtures.cleanInstitution().with(b -> b.id("good").name("良好培训中心"))));
    return dir;
  }

  private static String badInstitution() {
    return yaml(Fixtures.cleanInstitution().with(b -> b.id("bad").name("编码有误的培训中心")));
  }

  private static void assertGoodInspected(Run r) {
    assertThat(r.out()).as(r.err()).contains("良好培训中心");
  }

  @Test
  void an_empty_folder_is_bad_usage_not_a_clean_report() {
    Run r = run("inspect", dir.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(dir.toString()).contains("no institution file");
  }

  @Test
  void a_folder_with_only_the_inspection_file_is_bad_usage() throws IOException {
    Files.writeString(dir.resolve("inspection.yaml"), "id: x\nname: 检查\nauthority: 某局\nperiodStart: 2022-04-18\nperiodEnd: 2022-04-22\n");
    Files.writeString(dir.resolve("notes.txt"), "not data");
    Run r = run("validate", dir.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("no institution file");
  }

  @Test
  void a_gbk_file_is_named_with_the_fix_and_the_other_institution_is_inspected() throws IOException {
    Files.write(withGood().resolve("1-bad.yaml"), badInstitution().getBytes(Charset.forName("GBK")));
    Run r = run("inspect", dir.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    // The first Chinese character is the institution's name, on line 2 of the file the mapper writes.
    String firstChinese = badInstitution().lines().filter(l -> l.matches(".*\\p{IsHan}.*")).findFirst().orElseThrow();
    int line = badInstitution().lines().toList().indexOf(firstChinese) + 1;
    assertThat(r.err()).contains(dir.resolve("1-bad.yaml") + ":" + line + ": (root): 文件不是 UTF-8 编码").contains("GBK").contains("另存为 UTF-8");
    assertGoodInspected(r);
    Run en = run("validate", "--locale", "en", dir.toString());
    assertThat(en.out()).contains("1-bad.yaml:" + line + ": (root): the file is not UTF-8").contains("GBK/GB18030").contains("iconv -f GB18030");
  }

  @Test
  void utf16_files_with_and_without_a_byte_order_mark_are_named() throws IOException {
    Files.write(withGood().resolve("1-bad.yaml"), badInstitution().getBytes(StandardCharsets.UTF_16));
    Files.write(dir.resolve("3-bad.yaml"), badInstitution().getBytes(StandardCharsets.UTF_16LE));
    Run r = run("validate", "--locale", "en", dir.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.out()).contains(dir.resolve("1-bad.yaml") + ":1: (root): the file is UTF-16, not UTF-8")
        .contains(dir.resolve("3-bad.yaml") + ":1: (root): the file is UTF-16, not UTF-8")
        .contains("invalid: 2 of 3 document(s)");
  }

  @Test
  void a_file_in_no_known_encoding_is_said_not_to_be_utf8() throws IOException {
    byte[] bytes = "id: x\nname: \u00ff\u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(withGood().resolve("1-bad.yaml"), bytes);
    Run r = run("validate", "--locale", "en", dir.toString());
    assertThat(r.out()).contains("1-bad.yaml:2: (root): the file is not UTF-8 (byte 0xFF on line 2): save it again as UTF-8");
  }

  @Test
  void dangling_and_looping_links_are_reported_not_skipped() throws IOException {
    withGood();
    Files.createSymbolicLink(dir.resolve("1-gone.yaml"), dir.resolve("nowhere.yaml"));
    Files.createSymbolicLink(dir.resolve("3-loop-a.yaml"), dir.resolve("3-loop-b.yaml"));
    Files.createSymbolicLink(dir.resolve("3-loop-b.yaml"), dir.resolve("3-loop-a.yaml"));
    Run r = run("inspect", "--locale", "en", dir.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains(dir.resolve("1-gone.yaml") + ": (root): a symbolic link whose target does not exist or that loops")
        .contains(dir.resolve("3-loop-a.yaml") + ": (root): a symbolic link").contains(dir.resolve("3-loop-b.yaml") + ": (root): a symbolic link");
    assertGoodInspected(r);
  }

  @Test
  void a_second_file_with_an_institution_id_is_refused_at_its_id() throws IOException {
    withGood();
    String again = yaml(Fixtures.cleanInstitution().with(b -> b.id("good").name("重复的中心")));
    Files.writeString(dir.resolve("3-again.yaml"), again);
    int line = again.lines().toList().indexOf("id: \"good\"") + 1;
    assertThat(line).as(again.substring(0, 80)).isPositive();
    Run r = run("inspect", "--locale", "en", dir.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains(dir.resolve("3-again.yaml") + ":" + line + ":5: id = 'good': institution id 'good' is already used by "
        + dir.resolve("2-good.yaml"));
    assertGoodInspected(r);
  }

  @Test
  void an_institution_listed_without_a_file_and_an_unknown_campaign_are_located_in_the_inspection_file() throws IOException {
    withGood();
    Files.writeString(dir.resolve("inspection.yaml"), String.join("\n",
        "id: x", "name: 检查", "authority: 某局", "periodStart: 2022-04-18", "periodEnd: 2022-04-22",
        "institutionIds: [good, missing-centre]", "campaigns: [zouguochang-2021, no-such-campaign]", ""));
    Run r = run("inspect", "--locale", "en", dir.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    Path f = dir.resolve("inspection.yaml");
    assertThat(r.err()).contains(f + ":7:31: campaigns[1] = 'no-such-campaign': unknown campaign 'no-such-campaign'; known: zouguochang-2021");
    // Not read, the inspection file says nothing of missing-centre; a valid one would name it at line 6, column 24.
    Files.writeString(f, Files.readString(f).replace(", no-such-campaign", ""));
    r = run("inspect", "--locale", "en", dir.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains(f + ":6:24: institutionIds[1] = 'missing-centre': the inspection lists institution 'missing-centre', but no file holds it");
    assertThat(r.out()).contains("missing-centre");
    assertGoodInspected(r);
  }

  @Test
  void an_unknown_campaign_in_a_profile_is_located() throws IOException {
    withGood();
    Path profile = Files.writeString(dir.resolve("../profile-bad-campaign.yaml").normalize(), "name: city\ncampaigns: [zouguochang-2021, zouguochang-2031]\n");
    Run r = run("inspect", "--profile", profile.toString(), dir.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains(profile + ":2:31: campaigns[1] = 'zouguochang-2031': 未知的专项整治 \"zouguochang-2031\"；已知的有：zouguochang-2021");
    Run en = run("inspect", "--locale", "en", "--profile", profile.toString(), dir.toString());
    assertThat(en.err()).contains(profile + ":2:31: campaigns[1] = 'zouguochang-2031': unknown campaign 'zouguochang-2031'; known: zouguochang-2021");
    Files.delete(profile);
  }

  @Test
  void validate_speaks_chinese_by_default_and_english_when_asked() throws IOException {
    Files.writeString(withGood().resolve("1-bad.yaml"), badInstitution().replace("id: \"bad\"", "id: \"bad\"\nid: \"worse\""));
    Run zh = run("validate", dir.toString());
    Run en = run("validate", "--locale", "en", dir.toString());
    assertThat(zh.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(zh.out()).contains("1-bad.yaml:3:1: id: 字段 \"id\" 在同一对象中出现了两次（第一次在第 2 行）：请只保留一个");
    assertThat(en.out()).contains("1-bad.yaml:3:1: id: field 'id' is written twice in this object (first on line 2): keep one");
  }

  @Test
  void a_corrupt_baseline_reports_all_its_problems_located() throws IOException {
    Files.writeString(withGood().resolve("x.yaml"), ""); // placeholder replaced below
    Files.delete(dir.resolve("x.yaml"));
    Path report = dir.resolveSibling(dir.getFileName() + "-report.json");
    assertThat(run("inspect", "--format", "json", "--out", report.toString(), dir.toString()).code()).isZero();
    String json = Files.readString(report);
    // Two problems far apart: an unknown field at the top, a wrong type further down.
    String corrupt = json.replaceFirst("\\{", "{\n  \"colour\" : \"red\",").replaceFirst("\"institutionId\" : \"good\"", "\"institutionId\" : [ ]");
    Files.writeString(report, corrupt);
    Run r = run("inspect", "--locale", "en", "--baseline", report.toString(), dir.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains(report + ":2:3: colour: unknown field 'colour'");
    int line = corrupt.substring(0, corrupt.indexOf("\"institutionId\" : [ ]")).split("\n", -1).length;
    assertThat(r.err()).containsPattern(Pattern.quote(report + ":" + line + ":") + "\\d+: [^\\n]*institutionId = '\\[…]': expected text, found a list");
    Files.delete(report);
  }

  @Test
  void a_baseline_of_another_authority_or_another_data_set_is_refused() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), yaml(Fixtures.cleanInstitution().with(b -> b.legalForm(LegalForm.INTERNAL_DEPARTMENT).parentOrganisation("某集团公司"))));
    Files.writeString(dir.resolve("inspection.yaml"), "id: x\nname: 检查\nauthority: 甲市应急管理局\nperiodStart: 2022-04-18\nperiodEnd: 2022-04-22\n");
    Path report = dir.resolveSibling(dir.getFileName() + "-earlier.json");
    assertThat(run("inspect", "--format", "json", "--out", report.toString(), dir.toString()).code()).isZero();
    Files.writeString(dir.resolve("inspection.yaml"), "id: y\nname: 检查\nauthority: 乙市应急管理局\nperiodStart: 2023-04-18\nperiodEnd: 2023-04-22\n");
    Run other = run("inspect", "--locale", "en", "--baseline", report.toString(), dir.toString());
    assertThat(other.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(other.err()).contains("the baseline is the report of an inspection by 甲市应急管理局, not by 乙市应急管理局");
    assertThat(other.out()).isEmpty();
    Files.writeString(dir.resolve("inspection.yaml"), "id: y\nname: 检查\nauthority: 甲市应急管理局\nperiodStart: 2023-04-18\nperiodEnd: 2023-04-22\n");
    assertThat(run("inspect", "--baseline", report.toString(), dir.toString()).code()).as("the same data set a year on").isZero();
    Files.writeString(dir.resolve("a.yaml"), yaml(Fixtures.cleanInstitution().with(b -> b.id("another-centre"))));
    Run set = run("inspect", "--locale", "en", "--baseline", report.toString(), dir.toString());
    assertThat(set.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(set.err()).contains("the baseline shares no institution with this inspection");
    Files.delete(report);
  }

  @Test
  void two_waivers_for_one_finding_are_refused() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), yaml(Fixtures.cleanInstitution().with(b -> b.legalForm(LegalForm.INTERNAL_DEPARTMENT).parentOrganisation("某集团公司"))));
    Path report = dir.resolveSibling(dir.getFileName() + "-w.json");
    assertThat(run("inspect", "--format", "json", "--out", report.toString(), dir.toString()).code()).isZero();
    String waiver = "  - check: governance.legal-entity.not-independent\n    institution: " + Fixtures.INSTITUTION_ID
        + "\n    justification: 正在改制\n    approvedBy: 教育训练科\n    approvedOn: 2022-05-01\n    expires: 2022-12-31\n";
    Path waivers = Files.writeString(dir.resolveSibling(dir.getFileName() + "-waivers.yaml"), "waivers:\n" + waiver + waiver);
    Run r = run("inspect", "--locale", "en", "--baseline", report.toString(), "--waivers", waivers.toString(), dir.toString());
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains(waivers + ":8:5: waivers[1] = 'governance.legal-entity.not-independent @ " + Fixtures.INSTITUTION_ID
        + "': names the same findings as waivers[0]");
    Files.delete(report);
    Files.delete(waivers);
  }
}
