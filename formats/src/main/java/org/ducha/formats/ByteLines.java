package org.ducha.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, as {@link java.io.BufferedReader#readLine} splits them ({@code \n}, {@code \r} or
 * {@code \r\n}) but without decoding: a JSON line goes to the parser as the bytes it was written in.
 */
final class ByteLines {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int end;
  private boolean skipLineFeed;
  private byte[] line = new byte[1 << 12];

  ByteLines(InputStream in) {
    this.in = in;
  }

  /** The next line without its terminator, or null at the end. */
  byte[] next() throws IOException {
    int length = 0;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          return any ? Arrays.copyOf(line, length) : null;
        }
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buffer[pos] != '\n' && buffer[pos] != '\r') {
        pos++;
      }
      int n = pos - start;
      if (length + n > line.length) {
        line = Arrays.copyOf(line, Math.max(line.length * 2, length + n));
      }
      System.arraycopy(buffer, start, line, length, n);
      length += n;
      if (pos < end) {
        skipLineFeed = buffer[pos] == '\r';
        pos++;
        return Arrays.copyOf(line, length);
      }
    }
  }

  /** Whether {@code line} holds only white space, as {@link String#isBlank} judges it. */
  static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b < 0) {
        return new String(line, java.nio.charset.StandardCharsets.UTF_8).isBlank();
      }
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }
}
