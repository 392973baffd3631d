package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ducha.model.Institution;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.SerializationFeature;

/** JSON lines are read one line at a time, however the stream of institutions is consumed. */
class StreamingReadTest {

  @TempDir
  Path dir;

  /**
   * Through the stream's iterator, the first institution comes before the rest of the file exists: a named pipe whose
   * writer waits for the reader to have the first institution before it writes the second line.
   */
  @Test
  @Timeout(30)
  void the_first_institution_is_read_before_the_rest_of_the_file_is_written() throws Exception {
    Path fifo = dir.resolve("pipe.jsonl");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      mkfifo = null;
    }
    assumeTrue(mkfifo != null && mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
    Institution a = Fixtures.cleanInstitution();
    Institution b = a.with(x -> x.id("second"));
    var writer = DataFormat.JSON.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    CountDownLatch firstRead = new CountDownLatch(1);
    CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write((writer.writeValueAsString(a) + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(firstRead.await(20, TimeUnit.SECONDS)).isTrue();
        out.write((writer.writeValueAsString(b) + "\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    try (Stream<InstitutionInput> in = InspectionReader.of(List.of(fifo)).institutions()) {
      Iterator<InstitutionInput> it = in.iterator();
      assertThat(it.next().institution()).contains(a);
      firstRead.countDown();
      assertThat(it.next().institution()).contains(b);
      assertThat(it.hasNext()).isFalse();
    }
    writing.get(10, TimeUnit.SECONDS);
  }

  @Test
  void several_files_are_read_in_order_and_closed(@TempDir Path d) throws IOException {
    var writer = DataFormat.JSON.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    Institution a = Fixtures.cleanInstitution();
    Files.writeString(d.resolve("1.jsonl"), writer.writeValueAsString(a.with(x -> x.id("l1"))) + "\n"
        + writer.writeValueAsString(a.with(x -> x.id("l2"))) + "\n");
    Files.writeString(d.resolve("2.json"), writer.writeValueAsString(a.with(x -> x.id("j3"))));
    Files.writeString(d.resolve("3.jsonl"), "");
    Files.writeString(d.resolve("4.jsonl"), writer.writeValueAsString(a.with(x -> x.id("l4"))) + "\n");
    try (Stream<InstitutionInput> in = InspectionReader.of(List.of(d)).institutions()) {
      assertThat(in.map(InstitutionInput::id).toList()).containsExactly("l1", "l2", "j3", "l4");
    }
  }

  @Test
  void reading_ahead_on_several_threads_gives_the_same_inputs_in_the_same_order(@TempDir Path d) throws IOException {
    var writer = DataFormat.JSON.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
    Institution a = Fixtures.cleanInstitution();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      lines.append(i % 5 == 3 ? "{broken" : writer.writeValueAsString(a.with(x -> x.id("n" + lines.length())))).append('\n');
    }
    Files.writeString(d.resolve("a.jsonl"), lines);
    Files.writeString(d.resolve("b.json"), writer.writeValueAsString(a.with(x -> x.id("b"))));
    Files.writeString(d.resolve("c.jsonl"), "\n\n" + writer.writeValueAsString(a.with(x -> x.id("c"))) + "\r\n");
    List<InstitutionInput> one;
    try (Stream<InstitutionInput> in = InspectionReader.of(List.of(d)).institutions()) {
      one = in.toList();
    }
    for (int threads : new int[] {2, 3}) {
      try (Stream<InstitutionInput> in = InspectionReader.of(List.of(d)).institutions(threads)) {
        assertThat(in.toList()).isEqualTo(one);
      }
    }
    assertThat(one).hasSize(14);
    assertThat(one).filteredOn(i -> i.institution().isEmpty()).hasSize(2);
  }
}
