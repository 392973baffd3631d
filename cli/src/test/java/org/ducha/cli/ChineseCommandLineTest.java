package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ducha.formats.DataFormat;
import org.ducha.formats.ReportFormat;
import org.ducha.model.LegalForm;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line speaks Chinese first: help, usage errors, messages; values in any case; help, completion, version. */
class ChineseCommandLineTest {

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(Locale system, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), system);
    return new Run(code, out.toString(), err.toString());
  }

  private static Run run(String... args) {
    return run(Locale.ROOT, args);
  }

  @BeforeEach
  void institutionWithAFinding() throws IOException {
    Files.writeString(dir.resolve("a.yaml"), DataFormat.YAML.writeString(
        Fixtures.cleanInstitution().with(b -> b.legalForm(LegalForm.INTERNAL_DEPARTMENT).parentOrganisation("某集团公司"))),
        StandardCharsets.UTF_8);
  }

  @Test
  void help_is_chinese_by_default_and_english_with_locale_en_or_an_english_system() {
    Run zh = run("--help");
    assertThat(zh.code()).isZero();
    assertThat(zh.out()).startsWith("用法：ducha").contains("命令：").contains("督查各机构并输出问题清单").doesNotContain("Usage:");
    Run en = run("--locale", "en", "--help");
    assertThat(en.out()).startsWith("Usage: ducha").contains("Commands:").contains("Inspects institutions and prints the problem list");
    assertThat(run(Locale.US, "inspect", "--help").out()).startsWith("Usage: ducha inspect").contains("Exit codes: 0 clean");
    assertThat(run(Locale.US, "inspect", "--locale", "zh-CN", "--help").out()).startsWith("用法：ducha inspect").contains("退出码：0 未发现问题");
  }

  @Test
  void help_command_shows_a_subcommand_help() {
    Run r = run("help", "validate");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("用法：ducha validate").contains("只读取并校验督查数据");
  }

  @Test
  void usage_errors_are_in_the_run_language_with_the_valid_values_and_exit_2() {
    Run zh = run("inspect", dir.toString(), "--fail-on", "severe");
    assertThat(zh.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(zh.err()).contains("--fail-on：无效的值“severe”；可用的有 info, minor, major, critical")
        .contains("运行“ducha inspect --help”查看用法");
    Run en = run("inspect", dir.toString(), "--locale", "en", "--bogus");
    assertThat(en.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(en.err()).contains("unknown option or argument: --bogus").contains("Run 'ducha inspect --help' for the usage.");
    assertThat(run("inspect").err()).contains("缺少：PATH");
  }

  @Test
  void option_values_are_case_insensitive() {
    assertThat(run("inspect", dir.toString(), "--fail-on", "major").code()).isEqualTo(Main.FINDINGS);
    assertThat(run("inspect", dir.toString(), "--fail-on", "Critical").code()).isEqualTo(Main.OK);
    Run html = run("inspect", dir.toString(), "--format", "HTML");
    assertThat(html.code()).as(html.err()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>");
    assertThat(run("inspect", dir.toString(), "--locale", "EN").out()).contains("Problem");
    assertThat(run("inspect", dir.toString(), "--check-timeout", "90S").code()).isZero();
  }

  @Test
  void an_unknown_format_lists_every_format_the_formats_module_names() {
    Run r = run("inspect", dir.toString(), "--format", "pdf");
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(ReportFormat.names()).contains("md", "html", "csv", "json");
    assertThat(r.err()).contains("未知的报告格式“pdf”：可用的有 " + String.join(", ", ReportFormat.names()));
    assertThat(r.out()).isEmpty();
  }

  @Test
  void the_command_messages_are_chinese_by_default() throws IOException {
    Files.writeString(dir.resolve("2-bad.yaml"), "id: bad\nname: ''\nlegalForm: BRANCH\n", StandardCharsets.UTF_8);
    Run validate = run("validate", dir.toString());
    assertThat(validate.out()).contains("无效：2 个文件中有 1 个有问题").contains("2-bad.yaml：");
    Run inspect = run("inspect", dir.toString());
    assertThat(inspect.err()).contains("ducha: 未检查：");
    Run en = run(Locale.UK, "validate", dir.toString());
    assertThat(en.out()).contains("invalid: 1 of 2 document(s)");
  }

  @Test
  void completion_prints_a_bash_script_with_the_commands_and_the_format_names() {
    Run r = run("completion");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_ducha")
        .contains("inspect").contains("validate").contains("\"" + String.join("\" \"", ReportFormat.names()) + "\"");
  }

  @Test
  void version_names_the_build_java_and_every_pack() {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    String[] lines = r.out().split("\\R");
    assertThat(lines[0]).matches("ducha \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(lines[1]).startsWith("Java " + Runtime.version().feature());
    assertThat(r.out()).contains("检查包 archive ").contains("检查包 governance ").contains("检查包 staffing ").contains("检查包 facilities ");
  }

  @Test
  void parallel_defaults_to_the_number_of_processors() {
    InspectCommand inspect = new InspectCommand();
    new CommandLine(inspect).parseArgs(dir.toString());
    assertThat(inspect.input.parallelism).isEqualTo(Runtime.getRuntime().availableProcessors());
  }
}
