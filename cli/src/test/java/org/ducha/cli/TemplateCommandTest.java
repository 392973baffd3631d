package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ducha.formats.workbook.WorkbookWriter;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ducha template}: the empty workbook, written where asked, that {@code validate} reads once filled in. */
class TemplateCommandTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(Locale system, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), system);
    return new Run(code, out.toString(), err.toString());
  }

  /** The names of the workbook's sheets, in order, from its {@code xl/workbook.xml}. */
  private static List<String> sheets(Path file) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
      String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return java.util.regex.Pattern.compile("<sheet name=\"([^\"]+)\"").matcher(xml).results()
          .map(m -> java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(m.group(1))
              .replaceAll(c -> Character.toString(Integer.parseInt(c.group(1), 16))))
          .toList();
    }
  }

  @Test
  void writes_the_template_into_a_new_folder_and_says_where() throws IOException {
    Path out = dir.resolve("模板");
    Run r = run(Locale.ROOT, "template", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
    Path file = out.resolve(TemplateCommand.FILE_NAME);
    assertThat(r.out()).isEqualTo("已写出 " + file + System.lineSeparator());
    List<String> sheets = sheets(file);
    assertThat(sheets.get(0)).isEqualTo("填写说明");
    assertThat(sheets).contains("机构信息", "花名册", "培训班", "教学计划执行表", "学员签到表", "请假条", "考试成绩", "设备台账", "选项");
    // The same template, byte for byte, as the library writes.
    java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
    WorkbookWriter.template(expected);
    assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());
  }

  @Test
  void speaks_english_with_locale_en_and_fails_clearly_when_it_cannot_write() throws IOException {
    Run en = run(Locale.ROOT, "--locale", "en", "template", "--out", dir.toString());
    assertThat(en.out()).startsWith("wrote " + dir.resolve(TemplateCommand.FILE_NAME));
    Path blocked = Files.writeString(dir.resolve("a-file"), "not a folder");
    Run bad = run(Locale.US, "template", "--out", blocked.toString());
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err()).startsWith("cannot write " + blocked.resolve(TemplateCommand.FILE_NAME));
  }

  @Test
  void its_help_is_chinese_by_default_and_english_with_locale_en() {
    assertThat(run(Locale.ROOT, "template", "--help").out()).startsWith("用法：ducha template").contains("下拉列表", "--out");
    assertThat(run(Locale.US, "template", "--help").out()).startsWith("Usage: ducha template").contains("drop-down lists");
  }

  @Test
  void a_filled_in_workbook_validates_and_inspects() throws IOException {
    try (OutputStream o = Files.newOutputStream(dir.resolve("centre.xlsx"))) {
      WorkbookWriter.write(Fixtures.cleanInstitution(), o);
    }
    Run v = run(Locale.US, "validate", dir.toString());
    assertThat(v.code()).as(v.out() + v.err()).isEqualTo(Main.OK);
    assertThat(v.out()).contains("valid");
    Run i = run(Locale.US, "inspect", dir.toString());
    assertThat(i.code()).as(i.err()).isIn(Main.OK, Main.FINDINGS);
    assertThat(i.out()).contains(Fixtures.cleanInstitution().name());
  }
}
