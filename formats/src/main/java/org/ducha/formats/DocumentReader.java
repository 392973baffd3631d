package org.ducha.formats;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ducha.engine.InputProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Reads one JSON or YAML document into a record and collects every problem at once: syntax, unknown fields
 * (with the closest known names), values of the wrong type, missing fields, and the record validator's
 * findings (ranges, dates in order, duplicate ids, dangling references), each located by line and column.
 */
final class DocumentReader {
  private DocumentReader() {}

  /**
   * Where a value starts, by field path ({@code classes[0].lessons[2].hours}); for numbers with a fraction, their
   * text (data binding would silently truncate them into whole-number fields).
   */
  private record Located(int line, int column, String fraction) {}

  static <T> Parsed<T> read(byte[] content, DataFormat format, String source, Class<T> type,
      Function<T, List<InputProblem>> validate) {
    return read(content, format, source, type, validate, r -> r);
  }

  /** As {@link #read(byte[], DataFormat, String, Class, Function)}, with the object reader adjusted by {@code configure}. */
  static <T> Parsed<T> read(byte[] content, DataFormat format, String source, Class<T> type,
      Function<T, List<InputProblem>> validate, java.util.function.UnaryOperator<tools.jackson.databind.ObjectReader> configure) {
    if (format == DataFormat.JSON) {
      T valid = readValid(content, format, type, validate, configure);
      if (valid != null) {
        return new Parsed<>(source, Optional.of(valid), List.of());
      }
    }
    return readFully(content, format, source, type, validate, configure);
  }

  /** The full reading: locates every value, binds collecting every problem, validates, and locates the validator's problems. */
  static <T> Parsed<T> readFully(byte[] content, DataFormat format, String source, Class<T> type,
      Function<T, List<InputProblem>> validate, java.util.function.UnaryOperator<tools.jackson.databind.ObjectReader> configure) {
    List<InputProblem> problems = new ArrayList<>();
    Map<String, Located> locations = new HashMap<>();
    try (JsonParser p = format.mapper().createParser(content)) {
      while (p.nextToken() != null) {
        JsonToken t = p.currentToken();
        if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
          TokenStreamLocation l = p.currentTokenLocation();
          String fraction = t == JsonToken.VALUE_NUMBER_FLOAT ? p.getText() : null;
          locations.putIfAbsent(valuePath(p), new Located(l.getLineNr(), l.getColumnNr(), fraction));
        }
      }
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      problems.add(InputProblem.of("", "", "not well-formed " + format.name() + ": " + e.getOriginalMessage())
          .at(source, line(l), column(l)));
      return new Parsed<>(source, Optional.empty(), problems);
    }
    Collector collector = new Collector(source, problems, locations);
    T value;
    try (JsonParser p = format.mapper().createParser(content)) {
      value = configure.apply(format.mapper().readerFor(type)).withHandler(collector).readValue(p);
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      problems.add(InputProblem.of(dotted(e.getPathReference()), "", e.getOriginalMessage()).at(source, line(l), column(l)));
      return new Parsed<>(source, Optional.empty(), sorted(problems));
    }
    if (value == null) {
      problems.add(InputProblem.of("", "", "the document is empty").at(source, 1, 1));
      return new Parsed<>(source, Optional.empty(), problems);
    }
    missingPrimitives(value, "", locations, source, problems);
    // A value that could not be bound is null now; the validator's "must not be null" there would say it twice.
    java.util.Set<String> bindingPaths = new java.util.HashSet<>();
    problems.forEach(p -> bindingPaths.add(p.path()));
    for (InputProblem v : validate.apply(value)) {
      if (bindingPaths.contains(v.path())) {
        continue;
      }
      Located at = locate(v.path(), locations);
      problems.add(v.at(source, at == null ? null : at.line(), at == null ? null : at.column()));
    }
    return new Parsed<>(source, Optional.of(value), sorted(problems));
  }

  /**
   * The common case, in one parse: a well-formed JSON document that binds without a problem, leaves out no primitive
   * field, has no fraction in a whole-number field, and is valid. It is read into a tree (numbers with a fraction kept
   * as written), bound strictly from the tree (any binding problem throws, where the full reading's handler would note
   * it), checked against the tree as {@link #missingPrimitives} checks, and validated. Whenever anything is amiss it
   * gives null, and the full reading below finds, locates and reports every problem. What it saves is the full
   * reading's second parse and its location of every value, which costs more than parsing (see docs/performance.md).
   */
  private static <T> T readValid(byte[] content, DataFormat format, Class<T> type, Function<T, List<InputProblem>> validate,
      java.util.function.UnaryOperator<tools.jackson.databind.ObjectReader> configure) {
    T value;
    tools.jackson.databind.ObjectReader trees = format.mapper().reader()
        .with(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    try (JsonParser p = trees.createParser(content)) {
      tools.jackson.databind.JsonNode tree = trees.readTree(p);
      if (tree == null || !tree.isObject() || p.nextToken() != null) {
        return null;
      }
      value = configure.apply(format.mapper().readerFor(type)).readValue(tree);
      if (value == null || !Shapes.complete(value, tree)) {
        return null;
      }
    } catch (RuntimeException e) {
      return null; // JacksonException, or a record that refused its values: the full reading reports it
    }
    return validate.apply(value).isEmpty() ? value : null;
  }

  private static List<InputProblem> sorted(List<InputProblem> problems) {
    List<InputProblem> out = new ArrayList<>(problems);
    out.sort(Comparator.comparing((InputProblem p) -> p.line().orElse(Integer.MAX_VALUE))
        .thenComparing(p -> p.column().orElse(0)).thenComparing(InputProblem::path).thenComparing(InputProblem::message));
    return out;
  }

  private static Integer line(TokenStreamLocation l) {
    return l == null || l.getLineNr() < 1 ? null : l.getLineNr();
  }

  private static Integer column(TokenStreamLocation l) {
    return l == null || l.getColumnNr() < 1 ? null : l.getColumnNr();
  }

  /** The location of {@code path}, or of its nearest parent that has one. */
  private static Located locate(String path, Map<String, Located> locations) {
    String p = path;
    while (true) {
      Located l = locations.get(p);
      if (l != null || p.isEmpty()) {
        return l;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut <= 0 ? "" : p.substring(0, cut);
    }
  }

  /** The path of the value the parser is at: {@code a.b[2].c}. */
  static String valuePath(JsonParser p) {
    return path(p.streamReadContext());
  }

  private static String path(TokenStreamContext ctx) {
    List<String> parts = new ArrayList<>();
    for (TokenStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.inObject() && c.currentName() != null) {
        parts.add("." + c.currentName());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = parts.size() - 1; i >= 0; i--) {
      sb.append(parts.get(i));
    }
    return sb.length() > 0 && sb.charAt(0) == '.' ? sb.substring(1) : sb.toString();
  }

  /** Jackson's path reference ({@code Institution["classes"]->java.util.ArrayList[0]}) as a dotted path. */
  private static String dotted(String ref) {
    if (ref == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[\"([^\"]*)\"]|\\[(\\d+)]").matcher(ref);
    while (m.find()) {
      if (m.group(1) != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(m.group(1));
      } else {
        sb.append('[').append(m.group(2)).append(']');
      }
    }
    return sb.toString();
  }

  /** Primitive fields (numbers, booleans) left out of the document would silently become 0 or false. */
  private static void missingPrimitives(Object value, String path, Map<String, Located> locations, String source, List<InputProblem> out) {
    if (value == null) {
      return;
    }
    Class<?> c = value.getClass();
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> missingPrimitives(v, path, locations, source, out));
      return;
    }
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        missingPrimitives(list.get(i), path + "[" + i + "]", locations, source, out);
      }
      return;
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?> || !c.isRecord()) {
      return;
    }
    for (RecordComponent rc : c.getRecordComponents()) {
      String p = path.isEmpty() ? rc.getName() : path + "." + rc.getName();
      Located here = locations.get(p);
      if (here != null && here.fraction() != null && isWholeNumber(rc)) {
        out.add(InputProblem.of(p, here.fraction(), "not a whole number").at(source, here.line(), here.column()));
      }
      if (rc.getType().isPrimitive()) {
        if (here == null) {
          Located at = locate(path, locations);
          out.add(InputProblem.of(p, "", "missing required field '" + rc.getName() + "'")
              .at(source, at == null ? null : at.line(), at == null ? null : at.column()));
        }
      } else if (!rc.getType().getName().startsWith("java.")) {
        missingPrimitives(invoke(rc, value), p, locations, source, out);
      } else if (List.class.isAssignableFrom(rc.getType()) || Optional.class.isAssignableFrom(rc.getType())) {
        missingPrimitives(invoke(rc, value), p, locations, source, out);
      }
    }
  }

  /**
   * What {@link #missingPrimitives} checks, against a document's tree and without building paths: every primitive
   * field present, no fraction in a whole-number field. Record components are looked up once per class.
   */
  private static final class Shapes {
    private record Component(String name, boolean primitive, boolean wholeNumber, boolean nested,
        java.lang.invoke.MethodHandle accessor) {}

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
      @Override
      protected List<Component> computeValue(Class<?> c) {
        List<Component> out = new ArrayList<>();
        java.lang.invoke.MethodHandles.Lookup lookup = java.lang.invoke.MethodHandles.publicLookup();
        for (RecordComponent rc : c.getRecordComponents()) {
          Class<?> t = rc.getType();
          boolean nested = !t.isPrimitive() && (!t.getName().startsWith("java.") || List.class.isAssignableFrom(t)
              || Optional.class.isAssignableFrom(t));
          java.lang.invoke.MethodHandle accessor;
          try {
            accessor = lookup.unreflect(rc.getAccessor())
                .asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class));
          } catch (IllegalAccessException e) {
            accessor = null; // not public: leave such records to the full reading
          }
          out.add(new Component(rc.getName(), t.isPrimitive(), isWholeNumber(rc), nested, accessor));
        }
        return List.copyOf(out);
      }
    };

    /** Whether {@code value}, bound from {@code node}, had every primitive field and no fraction in a whole number. */
    static boolean complete(Object value, tools.jackson.databind.JsonNode node) {
      if (value == null) {
        return true;
      }
      if (node == null) {
        return false;
      }
      if (value instanceof Optional<?> o) {
        return o.isEmpty() || complete(o.get(), node);
      }
      if (value instanceof List<?> list) {
        if (!node.isArray() || node.size() != list.size()) {
          return false;
        }
        for (int i = 0; i < list.size(); i++) {
          if (!complete(list.get(i), node.get(i))) {
            return false;
          }
        }
        return true;
      }
      if (value instanceof Collection<?> || value instanceof Map<?, ?> || !value.getClass().isRecord()) {
        return true;
      }
      if (!node.isObject()) {
        return false;
      }
      for (Component c : COMPONENTS.get(value.getClass())) {
        tools.jackson.databind.JsonNode child = node.get(c.name());
        if (c.wholeNumber() && child != null && child.isFloatingPointNumber() || c.primitive() && child == null) {
          return false;
        }
        if (c.nested()) {
          if (c.accessor() == null) {
            return false;
          }
          Object v;
          try {
            v = (Object) c.accessor().invokeExact(value);
          } catch (Throwable e) {
            return false;
          }
          if (v != null && child != null && !complete(v, child)) {
            return false;
          }
        }
      }
      return true;
    }
  }

  private static boolean isWholeNumber(RecordComponent rc) {
    String type = rc.getGenericType().getTypeName();
    return rc.getType() == int.class || rc.getType() == long.class || type.equals("java.lang.Integer")
        || type.equals("java.lang.Long") || type.equals("java.util.Optional<java.lang.Integer>");
  }

  private static Object invoke(RecordComponent rc, Object target) {
    try {
      return rc.getAccessor().invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + rc, e);
    }
  }

  /** Records data-binding problems instead of failing on the first, and carries on. */
  private static final class Collector extends DeserializationProblemHandler {
    private final String source;
    private final List<InputProblem> out;
    private final Map<String, Located> locations;

    Collector(String source, List<InputProblem> out, Map<String, Located> locations) {
      this.source = source;
      this.out = out;
      this.locations = locations;
    }

    /** Records a problem, located by the parser or, for buffered input (record creators), by its path. */
    private void add(JsonParser p, String path, String value, String message) {
      TokenStreamLocation l = p.currentTokenLocation();
      Integer line = line(l);
      Integer column = column(l);
      if (line == null) {
        Located at = locate(path, locations);
        if (at != null) {
          line = at.line();
          column = at.column();
        }
      }
      out.add(InputProblem.of(path, value, message).at(source, line, column));
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) {
      Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
      List<String> names = known.stream().map(String::valueOf).sorted().toList();
      String hint = names.isEmpty() ? "" : "; did you mean " + String.join(", ", org.ducha.internal.Names.closest(propertyName, names)) + "?";
      add(p, valuePath(p), "", "unknown field '" + propertyName + "'" + hint);
      p.skipChildren();
      return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
      String expected = targetType.isEnum()
          ? "one of " + java.util.Arrays.toString(targetType.getEnumConstants())
          : "a " + describe(targetType);
      add(ctxt.getParser(), valuePath(ctxt.getParser()), valueToConvert, "not " + expected);
      return defaultFor(targetType);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg) {
      add(ctxt.getParser(), valuePath(ctxt.getParser()), String.valueOf(valueToConvert), "not a valid " + describe(targetType));
      return defaultFor(targetType);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg) {
      String value = t == JsonToken.START_OBJECT ? "{…}" : t == JsonToken.START_ARRAY ? "[…]" : safeText(p);
      if (targetType.getRawClass() == org.ducha.model.IdentityNumber.class) {
        value = org.ducha.model.IdentityNumber.mask(value); // personal information: never in clear
      }
      add(p, valuePath(p), value, "expected " + describe(targetType.getRawClass()) + ", found " + tokenName(t));
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
      }
      return defaultFor(targetType.getRawClass());
    }

    @Override
    public Object handleNullForPrimitives(DeserializationContext ctxt, Class<?> targetType, JsonParser p,
        ValueDeserializer<?> deser, String failureMsg) {
      add(p, valuePath(p), "null", "must not be null (expected " + describe(targetType) + ")");
      return defaultFor(targetType);
    }

    private static String safeText(JsonParser p) {
      try {
        return p.getText();
      } catch (JacksonException e) {
        return "";
      }
    }

    private static String tokenName(JsonToken t) {
      return switch (t) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "a list";
        case VALUE_STRING -> "text";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "true/false";
        case VALUE_NULL -> "null";
        default -> t.name();
      };
    }

    private static String describe(Class<?> c) {
      if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
        return "whole number";
      }
      if (c == java.math.BigDecimal.class || c == double.class || c == Double.class) {
        return "number";
      }
      if (c == boolean.class || c == Boolean.class) {
        return "true or false";
      }
      if (c == java.time.LocalDate.class) {
        return "date (YYYY-MM-DD)";
      }
      if (c == java.time.LocalTime.class) {
        return "time (HH:MM)";
      }
      if (c == String.class) {
        return "text";
      }
      if (List.class.isAssignableFrom(c) || java.util.Set.class.isAssignableFrom(c)) {
        return "a list";
      }
      if (c.isEnum()) {
        return "one of " + java.util.Arrays.toString(c.getEnumConstants());
      }
      return "an object (" + c.getSimpleName() + ")";
    }

    private static Object defaultFor(Class<?> c) {
      if (c == int.class || c == Integer.TYPE) {
        return 0;
      }
      if (c == long.class) {
        return 0L;
      }
      if (c == boolean.class) {
        return false;
      }
      if (c == double.class) {
        return 0d;
      }
      return null;
    }
  }
}
