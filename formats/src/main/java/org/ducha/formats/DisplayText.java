package org.ducha.formats;

/**
 * Text from records made safe to display: control characters and bidirectional controls replaced by visible marks, so
 * that a name or message can neither drive a terminal (ESC sequences) nor reorder the rest of a line. Every writer
 * (Markdown, HTML, CSV) and the command's messages on standard error pass record text through it; the JSON report
 * keeps the text exact and writes these characters as {@code \}{@code uXXXX} escapes instead.
 *
 * <ul>
 *   <li>C0 controls other than tab, line feed and carriage return become their Unicode control pictures
 *       (ESC U+001B → ␛ U+241B), DEL becomes ␡ U+2421;</li>
 *   <li>C1 controls (U+0080–U+009F) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 *       U+2066–U+2069) become the replacement character � U+FFFD: stripped, with a visible mark where they were.</li>
 * </ul>
 * Line breaks and tabs are left to each format, which folds or quotes them.
 */
public final class DisplayText {
  private DisplayText() {}

  /** {@code s} with control and bidirectional control characters replaced by visible marks; {@code s} itself when it has none. */
  public static String neutralise(String s) {
    int i = 0;
    while (i < s.length() && !unsafe(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    sb.append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!unsafe(c)) {
        sb.append(c);
      } else if (c < 0x20) {
        sb.append((char) (0x2400 + c));
      } else if (c == 0x7F) {
        sb.append('\u2421');
      } else {
        sb.append('\uFFFD');
      }
    }
    return sb.toString();
  }

  /** Whether {@code c} is a control character (other than tab, line feed, carriage return) or a bidirectional control. */
  public static boolean unsafe(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return (c >= 0x7F && c <= 0x9F) || bidi(c);
  }

  /** Whether {@code c} is a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069). */
  static boolean bidi(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
