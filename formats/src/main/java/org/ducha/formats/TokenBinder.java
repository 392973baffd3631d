package org.ducha.formats;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ducha.model.IdentityNumber;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * Binds a well-formed JSON document straight from the parser's tokens to a model record, with no tree in between:
 * the reading of the common case, a document without a problem. Each record type is bound by its record components
 * (names and constructor looked up once per type); values are read as the configured mapper reads them (enums by
 * constant or zh-CN label, dates in the {@link InputDates} forms, times and identity numbers by the formats'
 * deserializers).
 *
 * <p>It accepts a strict subset of what data binding accepts and gives up — {@link #read} returns null — on anything
 * else: an unknown or repeated field, a left-out primitive, a value of another type than the field's (even one data
 * binding would convert), a fraction in a whole number, a number beyond {@link DocumentReader#MAX_NUMBER}, a text
 * beyond {@link DocumentReader#MAX_TEXT}, a null in a list, a date or time in no known form, trailing content, a
 * syntax error, a record that refuses its values. The full reading then reports every problem, located, as before;
 * whatever this binder accepts binds to the same record there ({@code TokenBinderTest} and its properties compare
 * both).
 */
final class TokenBinder {
  private TokenBinder() {}

  /** Thrown to give up; no stack trace, it is control flow. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super("not the common case", null, false, false);
    }
  }

  /** Reads one value whose first token the parser is at. */
  private interface ValueReader {
    Object read(Document d, JsonToken t);
  }

  /**
   * The document being bound: its parser, and the short texts read from it so far. A record refers to others by id,
   * so the same few ids recur on thousands of lines (a sign-in line names its trainee and its lesson); each is made a
   * string once per document, and the records bound share it, where a string per value would be made, hashed and
   * compared again by every rule and check that looks the id up.
   */
  private static final class Document {
    /** The longest text kept; longer ones (remarks, addresses) seldom recur and are made each time. */
    private static final int SHORT = 64;

    final JsonParser p;
    /** Recent texts by hash of their characters, one per slot: a later text of the same slot replaces the earlier. */
    private final String[] texts = new String[1024];

    Document(JsonParser p) {
      this.p = p;
    }

    /** The text of the string token the parser is at, the string already made for it if the same text was recent. */
    String text() {
      int n = p.getStringLength();
      if (n > SHORT) {
        return p.getString();
      }
      char[] cs = p.getStringCharacters();
      int off = p.getStringOffset();
      int h = 0;
      for (int i = 0; i < n; i++) {
        h = 31 * h + cs[off + i];
      }
      int slot = (h ^ h >>> 16) & (texts.length - 1);
      String s = texts[slot];
      if (s != null && s.length() == n && s.hashCode() == h && same(s, cs, off)) {
        return s;
      }
      s = new String(cs, off, n);
      texts[slot] = s;
      return s;
    }

    private static boolean same(String s, char[] cs, int off) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) != cs[off + i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final long MAX_WHOLE = DocumentReader.MAX_NUMBER.longValueExact();

  private static final Map<Type, ValueReader> READERS = new ConcurrentHashMap<>();
  private static final ClassValue<Boolean> SUPPORTED = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return supportedType(type, new HashSet<>());
    }
  };

  /**
   * Whether documents of {@code type} are bound here: a record of the model whose components are, all the way down,
   * texts, whole numbers, decimals, booleans, dates, times, identity numbers, the model's enums, its records, and
   * optionals, lists and sets of them (and maps of text to text). Other types keep the data binding's reading.
   */
  static boolean supports(Class<?> type) {
    return SUPPORTED.get(type);
  }

  private static final ClassValue<Boolean> CHECKED = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return supports(type) && checked(type, new HashSet<>());
    }
  };

  /**
   * Whether the binder checks every field constraint of {@code type}'s records itself ({@link FieldConstraints}), so
   * that a record it binds satisfies them all and only the validator's rules beyond the fields remain to check.
   */
  static boolean checksConstraints(Class<?> type) {
    return CHECKED.get(type);
  }

  private static boolean checked(Type type, Set<Type> seen) {
    if (type instanceof ParameterizedType pt) {
      for (Type a : pt.getActualTypeArguments()) {
        if (!checked(a, seen)) {
          return false;
        }
      }
      return true;
    }
    Class<?> c = (Class<?>) type;
    if (!c.getPackageName().equals("org.ducha.model") || !seen.add(c)) {
      return true;
    }
    if (!c.isRecord()) {
      // An identity number, an enum: no constraints of their own (they would be the validator's to check).
      return c.isEnum() || FieldConstraints.unconstrained(c);
    }
    if (!FieldConstraints.of(c).known()) {
      return false;
    }
    for (RecordComponent rc : c.getRecordComponents()) {
      if (!checked(rc.getGenericType(), seen)) {
        return false;
      }
    }
    return true;
  }

  /** {@code content}, one JSON document, bound to {@code type}; null when it is not the common case. */
  static <T> T read(byte[] content, Class<T> type) {
    if (!supports(type) || notUtf8(content)) {
      return null;
    }
    try (JsonParser p = DataFormat.JSON.mapper().createParser(content)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_OBJECT) {
        return null;
      }
      Object value = reader(type).read(new Document(p), t);
      if (p.nextToken() != null) {
        return null;
      }
      return type.cast(value);
    } catch (GiveUp | JacksonException e) {
      return null;
    } catch (RuntimeException e) {
      return null; // a record that refused its values: the full reading reports it
    }
  }

  /**
   * Whether the document starts as UTF-16 or UTF-32 would (a byte-order mark, a zero byte): the parser would detect
   * and read it, where the full reading refuses it as not UTF-8.
   */
  static boolean notUtf8(byte[] content) {
    if (content.length >= 2 && ((content[0] & 0xff) == 0xfe || (content[0] & 0xff) == 0xff)) {
      return true;
    }
    for (int i = 0; i < Math.min(4, content.length); i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean supportedType(Type type, Set<Type> seen) {
    if (type instanceof ParameterizedType pt) {
      Class<?> raw = (Class<?>) pt.getRawType();
      Type[] args = pt.getActualTypeArguments();
      if (raw == Optional.class || raw == List.class || raw == Set.class) {
        return supportedType(args[0], seen);
      }
      return raw == Map.class && args[0] == String.class && args[1] == String.class;
    }
    if (!(type instanceof Class<?> c)) {
      return false;
    }
    if (c == String.class || c == int.class || c == Integer.class || c == long.class || c == Long.class
        || c == boolean.class || c == Boolean.class || c == BigDecimal.class || c == LocalDate.class
        || c == LocalTime.class || c == IdentityNumber.class) {
      return true;
    }
    if (!c.getPackageName().equals("org.ducha.model")) {
      return false;
    }
    if (c.isEnum()) {
      return true;
    }
    if (!c.isRecord() || c.getRecordComponents().length > 64) {
      return false;
    }
    if (!seen.add(c)) {
      return true;
    }
    for (RecordComponent rc : c.getRecordComponents()) {
      if (!supportedType(rc.getGenericType(), seen)) {
        return false;
      }
    }
    return true;
  }

  private static ValueReader reader(Type type) {
    ValueReader r = READERS.get(type);
    if (r == null) {
      // Built outside computeIfAbsent: a record's reader looks up its components' readers, and a recursive model
      // would call back in; a lazy reader breaks the cycle.
      r = build(type);
      ValueReader before = READERS.putIfAbsent(type, r);
      if (before != null) {
        r = before;
      }
    }
    return r;
  }

  /** A reader that looks its target up on first use, for components (records may refer to each other). */
  private static ValueReader lazy(Type type) {
    return new ValueReader() {
      private ValueReader target;

      @Override
      public Object read(Document d, JsonToken t) {
        ValueReader r = target;
        if (r == null) {
          r = reader(type);
          target = r;
        }
        return r.read(d, t);
      }
    };
  }

  private static ValueReader build(Type type) {
    if (type instanceof ParameterizedType pt) {
      Class<?> raw = (Class<?>) pt.getRawType();
      Type arg = pt.getActualTypeArguments()[0];
      if (raw == Optional.class) {
        ValueReader inner = lazy(arg);
        return (d, t) -> t == JsonToken.VALUE_NULL ? Optional.empty() : Optional.ofNullable(inner.read(d, t));
      }
      if (raw == List.class || raw == Set.class) {
        ValueReader inner = lazy(arg);
        java.util.function.Supplier<java.util.Collection<Object>> empty = raw == List.class ? ArrayList::new : HashSet::new;
        return (d, t) -> {
          if (t == JsonToken.VALUE_NULL) {
            return null;
          }
          expect(t, JsonToken.START_ARRAY);
          java.util.Collection<Object> out = empty.get();
          for (JsonToken e = d.p.nextToken(); e != JsonToken.END_ARRAY; e = d.p.nextToken()) {
            out.add(notNull(inner.read(d, notNull(e))));
          }
          return out;
        };
      }
      return TokenBinder::textMap;
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return TokenBinder::text;
    }
    if (c == int.class) {
      return (d, t) -> (int) whole(d.p, t);
    }
    if (c == Integer.class) {
      return (d, t) -> t == JsonToken.VALUE_NULL ? null : (Object) (int) whole(d.p, t);
    }
    if (c == long.class) {
      return (d, t) -> whole(d.p, t);
    }
    if (c == Long.class) {
      return (d, t) -> t == JsonToken.VALUE_NULL ? null : (Object) whole(d.p, t);
    }
    if (c == boolean.class) {
      return (d, t) -> bool(d.p, t);
    }
    if (c == Boolean.class) {
      return (d, t) -> t == JsonToken.VALUE_NULL ? null : bool(d.p, t);
    }
    if (c == BigDecimal.class) {
      return (d, t) -> decimal(d.p, t);
    }
    if (c == LocalDate.class) {
      return (d, t) -> {
        if (t == JsonToken.VALUE_NULL) {
          return null;
        }
        expect(t, JsonToken.VALUE_STRING);
        return notNull(InputDates.date(d.p.getStringCharacters(), d.p.getStringOffset(), d.p.getStringLength()));
      };
    }
    if (c == LocalTime.class) {
      return (d, t) -> {
        if (t == JsonToken.VALUE_NULL) {
          return null;
        }
        expect(t, JsonToken.VALUE_STRING);
        return notNull(FastTimes.time(d.p.getStringCharacters(), d.p.getStringOffset(), d.p.getStringLength()));
      };
    }
    if (c == IdentityNumber.class) {
      return (d, t) -> {
        String s = text(d, t);
        return s == null ? null : IdentityNumber.valueOf(s);
      };
    }
    if (c.isEnum()) {
      return (d, t) -> {
        if (t == JsonToken.VALUE_NULL) {
          return null;
        }
        expect(t, JsonToken.VALUE_STRING);
        return notNull(EnumLabels.find(c, d.text()));
      };
    }
    return new RecordReader(c);
  }

  private static void expect(JsonToken t, JsonToken wanted) {
    if (t != wanted) {
      throw GiveUp.INSTANCE;
    }
  }

  private static <V> V notNull(V v) {
    if (v == null || v == JsonToken.VALUE_NULL) {
      throw GiveUp.INSTANCE;
    }
    return v;
  }

  private static String text(Document d, JsonToken t) {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(t, JsonToken.VALUE_STRING);
    if (d.p.getStringLength() > DocumentReader.MAX_TEXT) {
      throw GiveUp.INSTANCE;
    }
    return d.text();
  }

  private static long whole(JsonParser p, JsonToken t) {
    expect(t, JsonToken.VALUE_NUMBER_INT);
    JsonParser.NumberType n = p.getNumberType();
    if (n != JsonParser.NumberType.INT && n != JsonParser.NumberType.LONG) {
      throw GiveUp.INSTANCE;
    }
    long v = p.getLongValue();
    if (v > MAX_WHOLE || v < -MAX_WHOLE) {
      throw GiveUp.INSTANCE;
    }
    return v;
  }

  private static Object bool(JsonParser p, JsonToken t) {
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    throw GiveUp.INSTANCE;
  }

  private static Object decimal(JsonParser p, JsonToken t) {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw GiveUp.INSTANCE;
    }
    BigDecimal d = p.getDecimalValue();
    if (d.abs().compareTo(DocumentReader.MAX_NUMBER) > 0) {
      throw GiveUp.INSTANCE;
    }
    return d;
  }

  private static Object textMap(Document d, JsonToken t) {
    JsonParser p = d.p;
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(t, JsonToken.START_OBJECT);
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonToken e = p.nextToken(); e != JsonToken.END_OBJECT; e = p.nextToken()) {
      String key = p.currentName();
      if (out.containsKey(key)) {
        throw GiveUp.INSTANCE;
      }
      out.put(key, notNull(text(d, p.nextToken())));
    }
    return out;
  }

  /** Binds one record type by its components, through its canonical constructor. */
  private static final class RecordReader implements ValueReader {
    /** The components' names, matched on the parser's bytes (no name is decoded to a string to be looked up). */
    private final PropertyNameMatcher names;
    private final ValueReader[] components;
    /** What a left-out component is: null, an empty optional; a primitive may not be left out. */
    private final Object[] absent;
    private final long primitives;
    /** The canonical constructor, taking the components' values as one array. */
    private final MethodHandle constructor;
    /**
     * The constraints of the components that have any, and those components' accessors; checked on every record
     * bound when all the record's constraints are known here (else none are: the validator checks them all).
     */
    private final FieldConstraints.Component[] checks;
    private final MethodHandle[] checkedAccessors;

    RecordReader(Class<?> type) {
      RecordComponent[] rcs = type.getRecordComponents();
      List<Named> named = new ArrayList<>(rcs.length);
      components = new ValueReader[rcs.length];
      absent = new Object[rcs.length];
      long prims = 0;
      Class<?>[] types = new Class<?>[rcs.length];
      for (int i = 0; i < rcs.length; i++) {
        named.add(Named.fromString(rcs[i].getName()));
        components[i] = lazy(rcs[i].getGenericType());
        types[i] = rcs[i].getType();
        if (types[i].isPrimitive()) {
          prims |= 1L << i;
        } else if (types[i] == Optional.class) {
          absent[i] = Optional.empty();
        }
      }
      names = DataFormat.JSON.mapper().tokenStreamFactory().constructNameMatcher(named, false);
      primitives = prims;
      FieldConstraints constraints = FieldConstraints.of(type);
      checks = constraints.known() ? constraints.constrained().toArray(new FieldConstraints.Component[0]) : new FieldConstraints.Component[0];
      checkedAccessors = new MethodHandle[checks.length];
      try {
        Constructor<?> canonical = type.getConstructor(types);
        constructor = MethodHandles.publicLookup().unreflectConstructor(canonical).asSpreader(Object[].class, rcs.length)
            .asType(MethodType.methodType(Object.class, Object[].class));
        for (int j = 0; j < checks.length; j++) {
          checkedAccessors[j] = MethodHandles.publicLookup().unreflect(rcs[checks[j].index()].getAccessor())
              .asType(MethodType.methodType(Object.class, Object.class));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("no public canonical constructor or accessor in " + type.getName(), e);
      }
    }

    @Override
    public Object read(Document d, JsonToken t) {
      if (t == JsonToken.VALUE_NULL) {
        return null;
      }
      expect(t, JsonToken.START_OBJECT);
      JsonParser p = d.p;
      Object[] values = absent.clone();
      long seen = 0;
      for (int i = p.nextNameMatch(names); i != PropertyNameMatcher.MATCH_END_OBJECT; i = p.nextNameMatch(names)) {
        if (i < 0) {
          throw GiveUp.INSTANCE; // an unknown field
        }
        long bit = 1L << i;
        if ((seen & bit) != 0) {
          throw GiveUp.INSTANCE; // a field named twice
        }
        seen |= bit;
        values[i] = components[i].read(d, p.nextToken());
      }
      if ((primitives & ~seen) != 0) {
        throw GiveUp.INSTANCE; // a primitive left out would silently be 0 or false
      }
      Object record;
      try {
        record = (Object) constructor.invokeExact(values);
        // Checked on the record as built (its constructor may normalise), as the validator would see it.
        for (int j = 0; j < checks.length; j++) {
          if (!checks[j].holds((Object) checkedAccessors[j].invokeExact(record))) {
            throw GiveUp.INSTANCE; // invalid: the full reading reports it
          }
        }
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
      return record;
    }
  }
}
