package org.ducha.formats;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
      pos = terminator(buffer, pos, end);
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

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long LFS = '\n' * ONES;
  private static final long CRS = '\r' * ONES;

  /**
   * The index of the first {@code \n} or {@code \r} in {@code b[from, to)}, or {@code to}. Eight bytes at a time: a
   * line of a JSON-lines file is long (an institution), and looking at it byte by byte cost as much as a tenth of the
   * reading.
   */
  static int terminator(byte[] b, int from, int to) {
    int i = from;
    for (; i <= to - Long.BYTES; i += Long.BYTES) {
      long w = (long) LONGS.get(b, i);
      if (hasZeroByte(w ^ LFS) || hasZeroByte(w ^ CRS)) {
        break; // one of these eight bytes is a terminator: found below
      }
    }
    while (i < to && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
  }

  /** Whether one of the eight bytes of {@code w} is zero (exactly: the classic test, without false positives). */
  private static boolean hasZeroByte(long w) {
    return ((w - ONES) & ~w & HIGHS) != 0;
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
