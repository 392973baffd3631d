package org.ducha.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * One problem with input records: where it is, which field, which value, and what is wrong.
 *
 * <p>A problem may carry a message key and its arguments (texts in {@code org/ducha/engine/input_zh_CN.properties}
 * and {@code input_en.properties}, placeholders {@code {0}}, {@code {1}}…); {@link #messageIn(Locale)} renders it in a
 * supported language. {@link #message()} is the English text, for logs and programs.
 *
 * @param file the file it was read from, if any
 * @param line 1-based line in the file, if known
 * @param column 1-based column in the file, if known
 * @param path the field's path in the record, e.g. {@code classes[0].lessons[2].hours}
 * @param value the offending value as text (empty when absent)
 * @param message what is wrong, in English
 * @param key the message key, or empty when the problem has only its English text
 * @param args the message's arguments, as text; never null, may be empty
 */
public record InputProblem(Optional<String> file, Optional<Integer> line, Optional<Integer> column, String path, String value, String message,
    String key, List<String> args) {

  private static final Map<String, Map<String, String>> TEXTS = Map.of(
      "zh-CN", load("org/ducha/engine/input_zh_CN.properties"),
      "en", load("org/ducha/engine/input_en.properties"));

  /** The field that holds identity numbers (居民身份证号码) in every record that has one. */
  private static final String IDENTITY_FIELD = "identityNumber";

  public InputProblem {
    file = file == null ? Optional.empty() : file;
    line = line == null ? Optional.empty() : line;
    column = column == null ? Optional.empty() : column;
    path = path == null ? "" : path;
    value = value == null ? "" : value;
    if (path.equals(IDENTITY_FIELD) || path.endsWith("." + IDENTITY_FIELD)) {
      // Personal information: whatever reader or rule reports a problem with an identity number shows it masked.
      value = org.ducha.model.IdentityNumber.mask(value);
    }
    key = key == null ? "" : key;
    args = args == null ? List.of() : List.copyOf(args);
  }

  /** A problem with its English text only (no message key). */
  public InputProblem(Optional<String> file, Optional<Integer> line, Optional<Integer> column, String path, String value, String message) {
    this(file, line, column, path, value, message, "", List.of());
  }

  /** A problem with no known location in a file. */
  public static InputProblem of(String path, Object value, String message) {
    return new InputProblem(Optional.empty(), Optional.empty(), Optional.empty(), path, shorten(value), message);
  }

  /**
   * A problem with no known location, its message given by {@code key} and {@code args} (rendered as text); the
   * English text is rendered from the English bundle. Fails on a key neither bundle has.
   */
  public static InputProblem keyed(String path, Object value, String key, Object... args) {
    List<String> a = java.util.Arrays.stream(args).map(x -> x == null ? "" : String.valueOf(x)).toList();
    if (!TEXTS.get("en").containsKey(key)) {
      throw new IllegalArgumentException("no input-problem text for key " + key);
    }
    return new InputProblem(Optional.empty(), Optional.empty(), Optional.empty(), path, shorten(value), fill("en", key, a), key, a);
  }

  /** A copy carrying {@code key} and {@code args} as its message (the English text is rendered from them). */
  public InputProblem withKey(String newKey, Object... newArgs) {
    InputProblem k = keyed(path, "", newKey, newArgs);
    return new InputProblem(file, line, column, path, value, k.message, k.key, k.args);
  }

  private static String shorten(Object value) {
    String v = value == null ? "" : String.valueOf(value);
    if (v.length() > 120) {
      v = v.substring(0, 117) + "...";
    }
    return v;
  }

  /** A copy located in {@code file} at {@code line} and {@code column} (either may be null). */
  public InputProblem at(String fileName, Integer lineNo, Integer columnNo) {
    return new InputProblem(Optional.ofNullable(fileName), Optional.ofNullable(lineNo), Optional.ofNullable(columnNo), path, value, message, key, args);
  }

  /** What is wrong, in {@code locale} (zh-CN for any locale that is not English); the English text when there is no key. */
  public String messageIn(Locale locale) {
    boolean english = MessageCatalog.resolve(locale).getLanguage().equals("en");
    return key.isEmpty() || english ? message : fill("zh-CN", key, args);
  }

  /** The keys of the input-problem texts in {@code locale}'s bundle (for tests that both bundles agree). */
  public static Set<String> keys(Locale locale) {
    return new TreeSet<>(TEXTS.get(MessageCatalog.resolve(locale).getLanguage().equals("en") ? "en" : "zh-CN").keySet());
  }

  private static String fill(String tag, String key, List<String> args) {
    String text = TEXTS.get(tag).getOrDefault(key, TEXTS.get("en").get(key));
    if (text == null) {
      return key + args;
    }
    StringBuilder sb = new StringBuilder(text.length() + 32);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int close = c == '{' ? text.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(text.substring(i + 1, close));
        String arg = n < args.size() ? args.get(n) : "";
        // An argument "@key" names a text of the same bundle (a type's name, a kind of record), rendered in place.
        String named = arg.startsWith("@") ? TEXTS.get(tag).get(arg.substring(1)) : null;
        sb.append(named != null ? named : arg);
        i = close;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static Map<String, String> load(String resource) {
    Properties p = new Properties();
    try (InputStream in = InputProblem.class.getResourceAsStream("/" + resource)) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    Map<String, String> out = new java.util.HashMap<>();
    p.forEach((k, v) -> out.put((String) k, (String) v));
    return Map.copyOf(out);
  }

  /** {@code file:line:column: path = 'value': message}, leaving out what is unknown; in English. */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }

  /** {@code file:line:column: path = 'value': message}, the message in {@code locale}, leaving out what is unknown. */
  public String render(Locale locale) {
    StringBuilder sb = new StringBuilder();
    file.ifPresent(f -> sb.append(f).append(':'));
    line.ifPresent(l -> sb.append(l).append(':'));
    column.ifPresent(c -> sb.append(c).append(':'));
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(path.isEmpty() ? "(root)" : path);
    if (!value.isEmpty()) {
      sb.append(" = '").append(value).append('\'');
    }
    return sb.append(": ").append(messageIn(locale)).toString();
  }
}
