package org.ducha.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The zh-CN labels of the model's enumerated values (事业单位法人 for {@code PUBLIC_INSTITUTION_LEGAL_PERSON}), and the
 * reading of an input value written either as a constant or as a label. Every reader uses it, so a value reads the
 * same in JSON, YAML, a workbook or a CSV file; templates offer the first label of each constant in their drop-downs.
 *
 * <p>The table is {@code org/ducha/formats/enum-labels.properties}. A constant matches ignoring case; a label matches
 * after Unicode NFKC normalisation (full-width brackets and digits count as their ASCII forms) with blanks removed.
 * Enums without labels in the table read by their constants only. Thread-safe.
 */
public final class EnumLabels {
  private EnumLabels() {}

  private static final Properties TABLE = load();

  private record Table(Map<String, Enum<?>> constants, Map<String, Enum<?>> labels, Map<Enum<?>, List<String>> byValue) {}

  private static final ClassValue<Table> TABLES = new ClassValue<>() {
    @Override
    protected Table computeValue(Class<?> type) {
      Map<String, Enum<?>> constants = new HashMap<>();
      Map<String, Enum<?>> labels = new HashMap<>();
      Map<Enum<?>, List<String>> byValue = new HashMap<>();
      for (Object o : type.getEnumConstants()) {
        Enum<?> e = (Enum<?>) o;
        constants.put(e.name().toUpperCase(Locale.ROOT), e);
        String text = TABLE.getProperty(type.getSimpleName() + "." + e.name());
        List<String> list = new ArrayList<>();
        if (text != null) {
          for (String label : text.split("\\|")) {
            list.add(label.strip());
            Enum<?> clash = labels.putIfAbsent(normal(label), e);
            if (clash != null && clash != e) {
              throw new IllegalStateException("label '" + label + "' of " + type.getSimpleName() + " names both "
                  + clash.name() + " and " + e.name());
            }
          }
        }
        byValue.put(e, List.copyOf(list));
      }
      return new Table(Map.copyOf(constants), Map.copyOf(labels), Map.copyOf(byValue));
    }
  };

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = EnumLabels.class.getResourceAsStream("enum-labels.properties")) {
      if (in == null) {
        throw new IllegalStateException("org/ducha/formats/enum-labels.properties is missing from the class path");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** A label as it is compared: NFKC-normalised, blanks removed. */
  private static String normal(String text) {
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The constant of {@code type} that {@code text} names, as a constant (any case) or as a label; empty when it names
   * none. Leading and trailing blanks are ignored.
   */
  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    return Optional.ofNullable(type.cast(find(type, text)));
  }

  /** As {@link #parse}, for an enum type known only at run time; null when {@code text} names no constant. */
  static Enum<?> find(Class<?> type, String text) {
    if (text == null) {
      return null;
    }
    Table t = TABLES.get(type);
    Enum<?> e = t.constants().get(text);
    if (e != null) {
      return e;
    }
    String s = text.strip();
    e = t.constants().get(s.toUpperCase(Locale.ROOT));
    return e != null ? e : t.labels().get(normal(s));
  }

  /** The labels of {@code value}, the usual one first; empty when the table has none. */
  public static List<String> labels(Enum<?> value) {
    return TABLES.get(value.getDeclaringClass()).byValue().get(value);
  }

  /** The usual label of {@code value} (the first in the table), or its constant's name when it has none. */
  public static String label(Enum<?> value) {
    List<String> labels = labels(value);
    return labels.isEmpty() ? value.name() : labels.get(0);
  }

  /**
   * What may be written for a value of {@code type}, for error messages: each constant with its usual label, as
   * {@code [企业法人 (ENTERPRISE_LEGAL_PERSON), …]}, or the constants alone when the enum has no labels.
   */
  public static String accepted(Class<?> type) {
    List<String> out = new ArrayList<>();
    for (Object o : type.getEnumConstants()) {
      Enum<?> e = (Enum<?>) o;
      List<String> labels = labels(e);
      out.add(labels.isEmpty() ? e.name() : labels.get(0) + " (" + e.name() + ")");
    }
    return out.toString();
  }
}
