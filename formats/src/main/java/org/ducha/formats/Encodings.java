package org.ducha.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.ducha.engine.InputProblem;

/**
 * Tells a file that is not UTF-8 from one that is, and names the likely encoding with the fix: UTF-16 (a byte-order
 * mark, or a zero byte in every other place) or GBK/GB18030 (the usual encoding of Chinese Windows programs).
 */
final class Encodings {
  private Encodings() {}

  /** The problem with {@code content}'s encoding, with the line of the first byte that is not UTF-8; empty when UTF-8. */
  static Optional<InputProblem> check(byte[] content) {
    if (content.length >= 2 && ((content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff
        || (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe) || zeros(content)) {
      return Optional.of(InputProblem.keyed("", "", "input.encoding.utf16").at(null, 1, null));
    }
    int bad = firstInvalidUtf8(content);
    if (bad < 0) {
      return Optional.empty();
    }
    int line = 1;
    for (int i = 0; i < bad; i++) {
      if (content[i] == '\n') {
        line++;
      }
    }
    String b = String.format("0x%02X", content[bad] & 0xff);
    String key = decodes(content, Charset.forName("GB18030")) ? "input.encoding.gbk" : "input.encoding.unknown";
    return Optional.of(InputProblem.keyed("", "", key, b, line).at(null, line, null));
  }

  /** Whether a zero byte is among the first bytes: text in UTF-8 has none, UTF-16 has one per ASCII character. */
  private static boolean zeros(byte[] content) {
    for (int i = 0; i < Math.min(content.length, 64); i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static int firstInvalidUtf8(byte[] content) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      java.nio.charset.CoderResult r = d.decode(in, out, true);
      if (r.isError()) {
        return in.position();
      }
      if (r.isUnderflow()) {
        return -1;
      }
      out.clear();
    }
  }

  private static boolean decodes(byte[] content, Charset charset) {
    try {
      charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
