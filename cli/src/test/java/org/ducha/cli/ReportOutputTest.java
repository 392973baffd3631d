package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ducha.formats.DataFormat;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No report is lost: --out replaces the old report whole or not at all; a failing standard output is an error. */
class ReportOutputTest {

  @TempDir
  Path dir;

  private Path data() throws IOException {
    Path d = dir.resolve("data");
    Files.createDirectories(d);
    Files.writeString(d.resolve("a.yaml"), DataFormat.YAML.writeString(Fixtures.cleanInstitution()), StandardCharsets.UTF_8);
    return d;
  }

  @Test
  void a_writer_that_fails_midway_leaves_the_old_report_whole_and_no_temporary_file() throws IOException {
    Path target = dir.resolve("report.md");
    Files.writeString(target, "the old report\n");

    assertThatThrownBy(() -> AtomicFile.write(target, w -> {
      w.write("half of the new rep".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      w.flush();
      throw new IOException("disk full");
    })).hasMessage("disk full");

    assertThat(Files.readString(target)).isEqualTo("the old report\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void a_writer_that_completes_replaces_the_report_and_keeps_its_permissions() throws IOException {
    Path target = dir.resolve("report.md");
    Files.writeString(target, "the old report\n");
    boolean posix = Files.getFileStore(target).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class);
    if (posix) {
      Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
    }

    AtomicFile.write(target, w -> w.write("the new report\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    assertThat(Files.readString(target)).isEqualTo("the new report\n");
    if (posix) {
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r-----");
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void inspect_out_writes_a_new_file_readable_like_any_other() throws IOException {
    Path out = dir.resolve("r.md");
    int code = Main.run(new String[] {"inspect", data().toString(), "--out", out.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));

    assertThat(code).isZero();
    assertThat(Files.readString(out)).contains("未发现问题");
  }

  @Test
  void standard_output_that_fails_is_an_error_with_exit_2() throws IOException {
    Writer broken = new Writer() {
      @Override public void write(char[] cbuf, int off, int len) throws IOException { throw new IOException("Broken pipe"); }
      @Override public void flush() throws IOException { throw new IOException("Broken pipe"); }
      @Override public void close() {}
    };
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"inspect", data().toString()}, new PrintWriter(broken), new PrintWriter(err, true));

    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(err.toString()).contains("报告无法写入标准输出");
  }

  @Test
  void control_characters_in_messages_never_reach_the_terminal() throws IOException {
    Path d = dir.resolve("esc");
    Files.createDirectories(d);
    Files.writeString(d.resolve("a.json"), "{\"id\": \"x\", \"name\": \"\\u001b[2J\\u202e坏机构\", \"legalForm\": \"NOPE\"}", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"inspect", d.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(out.toString() + err).doesNotContain("\u001b").doesNotContain("\u202e");
  }

  @Test
  void an_unexpected_failure_of_ducha_itself_is_not_exit_1() {
    assertThat(Main.badInput(new NullPointerException())).isFalse();
    assertThat(Main.badInput(new IllegalArgumentException("bad"))).isTrue();
    assertThat(Main.INTERNAL_ERROR).isNotIn(Main.OK, Main.FINDINGS, Main.BAD_INPUT, Main.INCOMPLETE);
  }

  /** Run in a child JVM by the test below: writes a report into {@code args[0]} for ever, slowly. */
  public static void main(String[] args) throws IOException {
    AtomicFile.write(Path.of(args[0]), w -> {
      while (true) {
        w.write("a line of the new report that never ends\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        w.flush();
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
  }

  @Test
  void a_process_killed_while_writing_leaves_the_old_report_whole() throws Exception {
    Path target = dir.resolve("report.md");
    Files.writeString(target, "the old report\n");
    String javaBin = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), ReportOutputTest.class.getName(), target.toString())
        .redirectErrorStream(true).start();
    try {
      // Wait until the new report is being written (its temporary file has content), then kill the writer outright.
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
      boolean writing = false;
      while (!writing && System.nanoTime() < deadline && child.isAlive()) {
        try (Stream<Path> files = Files.list(dir)) {
          writing = files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp") && sizeOf(f) > 0);
        }
        Thread.sleep(20);
      }
      assertThat(writing).as("the child started writing").isTrue();
    } finally {
      child.destroyForcibly().waitFor();
    }

    assertThat(Files.readString(target)).isEqualTo("the old report\n");
  }

  private static long sizeOf(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return 0;
    }
  }
}
