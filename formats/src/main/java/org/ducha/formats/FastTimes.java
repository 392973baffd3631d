package org.ducha.formats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalTimeDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads the common forms of times ({@code HH:MM}, {@code HH:MM:SS}) and dates ({@code YYYY-MM-DD} and the forms of
 * {@link InputDates}) straight from the parser's characters, and leaves every other form, and every invalid value, to Jackson's own deserializers — so the
 * values and the problems reported are theirs. A sign-in sheet line holds two times: through {@code DateTimeFormatter}
 * they cost a fifth of the reading of a JSON-lines file (see docs/performance.md).
 */
final class FastTimes {
  private FastTimes() {}

  /** The module that installs both deserializers. */
  static SimpleModule module() {
    return new SimpleModule("ducha-fast-times")
        .addDeserializer(LocalTime.class, new Times())
        .addDeserializer(LocalDate.class, new Dates());
  }

  private static final class Times extends ValueDeserializer<LocalTime> {
    @Override
    public LocalTime deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        LocalTime t = time(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (t != null) {
          return t;
        }
      }
      return LocalTimeDeserializer.INSTANCE.deserialize(p, ctxt);
    }

    @Override
    public Class<?> handledType() {
      return LocalTime.class;
    }
  }

  private static final class Dates extends ValueDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        LocalDate d = InputDates.date(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
        if (d != null) {
          return d;
        }
      }
      return LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
    }

    @Override
    public Class<?> handledType() {
      return LocalDate.class;
    }
  }

  /** {@code HH:MM} or {@code HH:MM:SS}, in range; otherwise null. */
  static LocalTime time(char[] c, int o, int n) {
    if (n != 5 && n != 8 || c[o + 2] != ':' || n == 8 && c[o + 5] != ':') {
      return null;
    }
    int h = digits(c, o, 2);
    int m = digits(c, o + 3, 2);
    int s = n == 8 ? digits(c, o + 6, 2) : 0;
    if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59) {
      return null;
    }
    return LocalTime.of(h, m, s);
  }

  /** {@code YYYY-MM-DD}, a real day; otherwise null. */
  static LocalDate date(char[] c, int o, int n) {
    if (n != 10 || c[o + 4] != '-' || c[o + 7] != '-') {
      return null;
    }
    int y = digits(c, o, 4);
    int m = digits(c, o + 5, 2);
    int d = digits(c, o + 8, 2);
    if (y < 0 || m < 0 || d < 0) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(char[] c, int o, int n) {
    int v = 0;
    for (int i = o; i < o + n; i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
