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

  @ParameterizedTest
  @ValueSource(ints = {65535, 65536, 65537, 200_000})
  void long_lines_and_terminators_across_the_buffer_are_kept_whole(int length) throws IOException {
    String text = "x".repeat(length - 1) + "\r\n" + "王".repeat(length) + "\n" + "y";
    assertThat(byteLines(text)).isEqualTo(readerLines(text));
  }
}
