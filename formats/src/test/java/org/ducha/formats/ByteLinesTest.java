package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteLinesTest {

  private static List<String> byteLines(String text) throws IOException {
    ByteLines lines = new ByteLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    List<String> out = new ArrayList<>();
    for (byte[] l = lines.next(); l != null; l = lines.next()) {
      out.add(new String(l, StandardCharsets.UTF_8) + (ByteLines.isBlank(l) ? "<blank>" : ""));
    }
    return out;
  }

  private static List<String> readerLines(String text) throws IOException {
    BufferedReader r = new BufferedReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    for (String l = r.readLine(); l != null; l = r.readLine()) {
      out.add(l + (l.isBlank() ? "<blank>" : ""));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\n\n", "\r\n\r\n", " \t\n{}\n", "　\n", "王\n李\r\n",
      "a\n\rb", "a\r\r\nb"})
  void lines_are_split_as_a_buffered_reader_splits_them(String text) throws IOException {
    assertThat(byteLines(text)).isEqualTo(readerLines(text));
  }

  /**
   * Terminators at every position within and across the eight-byte words the search reads, among bytes that differ
   * from {@code \n} or {@code \r} in one bit (0x0B, 0x0C, 0x8A, 0x8D: ʊ is CA 8A in UTF-8, ̍ is CC 8D).
   */
  @ParameterizedTest
  @ValueSource(strings = {"x", "\u000b", "\f", "ʊ", "̍", "王"})
  void a_terminator_is_found_at_every_position_of_a_word(String filler) throws IOException {
    for (int before = 0; before < 20; before++) {
      for (String terminator : List.of("\n", "\r", "\r\n")) {
        String text = filler.repeat(before) + terminator + filler.repeat(19 - before) + "\n" + filler;
        assertThat(byteLines(text)).as("%d × %s before %s", before, filler, terminator).isEqualTo(readerLines(text));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {65535, 65536, 65537, 200_000})
  void long_lines_and_terminators_across_the_buffer_are_kept_whole(int length) throws IOException {
    String text = "x".repeat(length - 1) + "\r\n" + "王".repeat(length) + "\n" + "y";
    assertThat(byteLines(text)).isEqualTo(readerLines(text));
  }
}
