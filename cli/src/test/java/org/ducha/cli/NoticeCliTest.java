package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ducha inspect --format docx}: the notice from the command, and the list of formats on a wrong name. */
class NoticeCliTest {

  private static final Path JINCHENG = Path.of("..", "examples", "jincheng-2022");

  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void the_notice_is_written_as_a_word_document_the_same_twice() throws IOException {
    Path first = dir.resolve("notice.docx");
    Path second = dir.resolve("again.docx");
    Run r = run("inspect", JINCHENG.toString(), "--format", "docx", "--out", first.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("Log4j");
    run("inspect", JINCHENG.toString(), "--format", "DOCX", "--out", second.toString());
    byte[] bytes = Files.readAllBytes(first);
    // A zip (PK) holding word/document.xml.
    assertThat(bytes).startsWith('P', 'K');
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("word/document.xml");
    assertThat(Files.readAllBytes(second)).isEqualTo(bytes);
  }

  @Test
  void an_unknown_format_lists_the_valid_ones() {
    Run r = run("inspect", JINCHENG.toString(), "--format", "pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("未知的报告格式“pdf”：可用的有 md, html, csv, json, docx");
  }
}
