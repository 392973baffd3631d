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
    return readModel(content, format, source, type, validate, null);
  }

  /**
   * As {@link #read(byte[], DataFormat, String, Class, Function)}; when a JSON document binds from the token stream
   * ({@link TokenBinder}) with its field constraints checked there, it is validated by {@code beyondFields} alone
   * (what {@code validate} checks but the field constraints), if given.
   */
  static <T> Parsed<T> readModel(byte[] content, DataFormat format, String source, Class<T> type,
      Function<T, List<InputProblem>> validate, Function<T, List<InputProblem>> beyondFields) {
    if (format == DataFormat.JSON && TokenBinder.supports(type)) {
      T value = TokenBinder.read(content, type);
      if (value != null) {
        Function<T, List<InputProblem>> check = beyondFields != null && TokenBinder.checksConstraints(type) ? beyondFields : validate;
        // Bound from the tokens: valid, it is read; invalid, only the full reading locates its problems.
        return check.apply(value).isEmpty() ? new Parsed<>(source, Optional.of(value), List.of())
            : readFully(content, format, source, type, validate, r -> r);
      }
    }
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
    Optional<InputProblem> encoding = Encodings.check(content);
    if (encoding.isPresent()) {
      return new Parsed<>(source, Optional.empty(), List.of(encoding.get().at(source, encoding.get().line().orElse(null), null)));
    }
    Scan scan = new Scan();
    try (JsonParser p = format.mapper().createParser(content)) {
      scan.scan(p, source, format.name(), problems);
    } catch (JacksonException e) {
      problems.add(ParserTexts.syntax(e, format).at(source, ParserTexts.line(e), ParserTexts.column(e)));
      return new Parsed<>(source, Optional.empty(), sorted(columns(problems, content, format)));
    }
    if (scan.tokens == 0) {
      problems.add(InputProblem.keyed("", "", "input.file.empty").at(source, 1, 1));
      return new Parsed<>(source, Optional.empty(), problems);
    }
    if (!scan.rootIsObject) {
      problems.add(InputProblem.keyed("", "", "input.file.not-object").at(source, 1, 1));
      return new Parsed<>(source, Optional.empty(), problems);
    }
    Map<String, Located> locations = scan.values;
    // Paths the scan already found a problem at: the binder's or validator's word on them would say it twice.
    int scanProblems = problems.size();
    java.util.Set<String> scanned = new java.util.HashSet<>();
    problems.forEach(p -> scanned.add(p.path()));
    List<InputProblem> bound = new ArrayList<>();
    Collector collector = new Collector(source, bound, locations, scan.keys);
    T value;
    try (JsonParser p = format.mapper().createParser(content)) {
      value = configure.apply(format.mapper().readerFor(type)).withHandler(collector).readValue(p);
    } catch (JacksonException e) {
      String path = dotted(e.getPathReference());
      if (!scanned.contains(path)) {
        Located at = locate(path, locations);
        TokenStreamLocation l = e.getLocation();
        Integer line = line(l) != null ? line(l) : at == null ? null : at.line();
        Integer column = line(l) != null ? column(l) : at == null ? null : at.column();
        problems.add(ParserTexts.binding(e, path).at(source, line, column));
      }
      bound.stream().filter(b -> !scanned.contains(b.path())).forEach(problems::add);
      if (bound.stream().anyMatch(b -> b.path().equals(path))) {
        problems.removeIf(q -> q.path().equals(path) && q.key().equals("input.value.unreadable"));
      }
      return new Parsed<>(source, Optional.empty(), sorted(columns(problems, content, format)));
    }
    bound.stream().filter(b -> !scanned.contains(b.path())).forEach(problems::add);
    if (value == null) {
      problems.add(InputProblem.keyed("", "", "input.file.empty").at(source, 1, 1));
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
    List<InputProblem> unique = new ArrayList<>(problems.subList(0, scanProblems));
    problems.subList(scanProblems, problems.size()).stream().filter(p -> !scanned.contains(p.path())).forEach(unique::add);
    return new Parsed<>(source, Optional.of(value), sorted(columns(unique, content, format)));
  }

  /**
   * The problems with columns counted in characters. The JSON parser, reading bytes, counts a line's columns in bytes,
   * and a Chinese character is three of them in UTF-8; YAML is read as characters already.
   */
  private static List<InputProblem> columns(List<InputProblem> problems, byte[] content, DataFormat format) {
    if (format != DataFormat.JSON) {
      return problems;
    }
    List<InputProblem> out = new ArrayList<>(problems.size());
    int[] lineStarts = null;
    for (InputProblem p : problems) {
      if (p.line().isEmpty() || p.column().isEmpty()) {
        out.add(p);
        continue;
      }
      if (lineStarts == null) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < content.length; i++) {
          if (content[i] == '\n') {
            starts.add(i + 1);
          }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
      }
      int line = p.line().get();
      if (line > lineStarts.length) {
        out.add(p);
        continue;
      }
      int start = lineStarts[line - 1];
      int end = Math.min(content.length, start + p.column().get() - 1);
      int chars = 0;
      for (int i = start; i < end; i++) {
        if ((content[i] & 0xC0) != 0x80) { // not a continuation byte: a character starts here
          chars++;
        }
      }
      out.add(p.at(p.file().orElse(null), line, chars + 1));
    }
    return out;
  }

  /**
   * Where the value at {@code path} starts in a well-formed document, as {@code {line, column}}; null when the document
   * is not well-formed or has no such value. For locating a problem found after reading (a second file with the same
   * institution id, a listed institution without a file).
   */
  static int[] position(byte[] content, DataFormat format, String path) {
    try (JsonParser p = format.mapper().createParser(content)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY && valuePath(p).equals(path)) {
          TokenStreamLocation l = p.currentTokenLocation();
          return new int[] {l.getLineNr(), l.getColumnNr()};
        }
      }
    } catch (JacksonException e) {
      return null;
    }
    return null;
  }

  /** The largest magnitude a number in an input file may have (documented in formats/README.md). */
  static final java.math.BigDecimal MAX_NUMBER = java.math.BigDecimal.valueOf(1_000_000_000L);
  /** The longest text value an input file may hold, in characters (documented in formats/README.md). */
  static final int MAX_TEXT = 10_000;

  /**
   * One pass over the tokens: where every value and every field name starts, by path; and what data binding would
   * let pass silently: a field named twice in one object (the last would win), a YAML alias (read as its name),
   * numbers that are not finite or are out of range, texts beyond {@link #MAX_TEXT}.
   */
  private static final class Scan {
    final Map<String, Located> values = new HashMap<>();
    final Map<String, Located> keys = new HashMap<>();
    int tokens;
    boolean rootIsObject;
    private final java.util.ArrayDeque<Map<String, Integer>> names = new java.util.ArrayDeque<>();
    private int depth;

    void scan(JsonParser p, String source, String format, List<InputProblem> problems) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (tokens++ == 0) {
          rootIsObject = t == JsonToken.START_OBJECT;
          if (!rootIsObject) {
            return;
          }
        }
        TokenStreamLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int column = l.getColumnNr();
        if (depth == 0 && tokens > 1) {
          problems.add(InputProblem.keyed("", "", "input.syntax.trailing", format).at(source, line, column));
          return;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        }
        if (t == JsonToken.START_OBJECT) {
          names.push(new HashMap<>());
        } else if (t == JsonToken.END_OBJECT) {
          names.pop();
          depth--;
          continue;
        } else if (t == JsonToken.END_ARRAY) {
          depth--;
          continue;
        }
        String path = valuePath(p);
        if (t == JsonToken.PROPERTY_NAME) {
          Integer first = names.isEmpty() ? null : names.peek().putIfAbsent(p.currentName(), line);
          if (first != null) {
            problems.add(InputProblem.keyed(path, "", "input.key.duplicate", p.currentName(), first).at(source, line, column));
          } else {
            keys.putIfAbsent(path, new Located(line, column, null));
          }
          continue;
        }
        String fraction = null;
        if (p instanceof tools.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
          problems.add(InputProblem.keyed(path, "*" + p.getText(), "input.yaml.alias", p.getText()).at(source, line, column));
        } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          String text = p.getText();
          fraction = t == JsonToken.VALUE_NUMBER_FLOAT ? text : null;
          java.math.BigDecimal n = number(text);
          if (n == null) {
            problems.add(InputProblem.keyed(path, text, "input.number.non-finite").at(source, line, column));
          } else if (n.abs().compareTo(MAX_NUMBER) > 0) {
            problems.add(InputProblem.keyed(path, text, "input.number.range", MAX_NUMBER.toPlainString()).at(source, line, column));
          }
        } else if (t == JsonToken.VALUE_STRING) {
          int length = p.getTextLength();
          if (length > MAX_TEXT) {
            problems.add(InputProblem.keyed(path, p.getText(), "input.text.too-long", length, MAX_TEXT).at(source, line, column));
          }
        }
        values.putIfAbsent(path, new Located(line, column, fraction));
      }
    }

    /** The number {@code text} stands for, or null when it is not a finite number (YAML's .nan, .inf). */
    private static java.math.BigDecimal number(String text) {
      try {
        return new java.math.BigDecimal(text.replace("_", ""));
      } catch (NumberFormatException e) {
        try {
          return new java.math.BigDecimal(new java.math.BigInteger(text.replace("_", "").replaceFirst("^([-+]?)0x", "$1"), 16));
        } catch (NumberFormatException e2) {
          return null;
        }
      }
    }
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
    if (TokenBinder.notUtf8(content)) {
      return null; // UTF-16 or UTF-32, which the parser would read: the full reading refuses it, naming the encoding
    }
    T value;
    tools.jackson.databind.ObjectReader trees = format.mapper().reader()
        .with(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .with(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION);
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
    TokenStreamContext ctx = p.streamReadContext();
    // At a list's start the parser is already in the list: the value is the list itself, not its first element.
    return path(p.currentToken() == JsonToken.START_ARRAY && ctx.inArray() ? ctx.getParent() : ctx);
  }

  private static String path(TokenStreamContext ctx) {
    List<String> parts = new ArrayList<>();
    for (TokenStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.getCurrentIndex() >= 0) { // at the array's start, the path is the array's own
          parts.add("[" + c.getCurrentIndex() + "]");
        }
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
        out.add(InputProblem.keyed(p, here.fraction(), "input.number.not-whole").at(source, here.line(), here.column()));
      }
      if (rc.getType().isPrimitive()) {
        if (here == null) {
          Located at = locate(path, locations);
          out.add(InputProblem.keyed(p, "", "input.field.missing", rc.getName())
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

    /** Whether a number is within {@link #MAX_NUMBER} and a text within {@link #MAX_TEXT}, as the scan checks. */
    private static boolean sane(tools.jackson.databind.JsonNode n) {
      if (n.isNumber()) {
        return n.decimalValue().abs().compareTo(MAX_NUMBER) <= 0;
      }
      return !n.isString() || n.stringValue().length() <= MAX_TEXT;
    }

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
          if (!sane(node.get(i)) || !complete(list.get(i), node.get(i))) {
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
        if (child != null && !sane(child)) {
          return false;
        }
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
    private final Map<String, Located> keys;
    private final java.util.Set<String> claimed = new java.util.HashSet<>();

    Collector(String source, List<InputProblem> out, Map<String, Located> locations, Map<String, Located> keys) {
      this.source = source;
      this.out = out;
      this.locations = locations;
      this.keys = keys;
    }

    /** Records a problem, located by the parser or, for buffered input (record creators), by its path. */
    private void add(JsonParser p, String path, InputProblem problem) {
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
      out.add(problem.at(source, line, column));
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, ValueDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) {
      Collection<Object> known = deserializer == null ? List.of() : deserializer.getKnownPropertyNames();
      List<String> names = known.stream().map(String::valueOf).sorted().toList();
      String path = unknownPath(p);
      InputProblem problem = names.isEmpty()
          ? InputProblem.keyed(path, "", "input.field.unknown", propertyName)
          : InputProblem.keyed(path, "", "input.field.unknown-hint", propertyName,
              String.join(", ", org.ducha.engine.Suggestions.closest(propertyName, names)));
      // Where the field's name is: the parser may already be past it (record creators buffer their fields).
      Located at = keys.get(path);
      if (at != null) {
        out.add(problem.at(source, at.line(), at.column()));
      } else {
        add(p, path, problem);
      }
      p.skipChildren();
      return true;
    }

    /**
     * The path of an unknown field. A record's fields are buffered before its creator runs, and a buffer's parser
     * knows only the path inside the record: the field is then the first field name of the document, not yet
     * reported, whose path is or ends with that path (the handler is called in document order).
     */
    private String unknownPath(JsonParser p) {
      String path = valuePath(p);
      String best = null;
      Located bestAt = null;
      for (Map.Entry<String, Located> e : keys.entrySet()) {
        String k = e.getKey();
        if ((k.equals(path) || k.endsWith("." + path)) && !claimed.contains(k)) {
          Located at = e.getValue();
          if (bestAt == null || at.line() < bestAt.line() || at.line() == bestAt.line() && at.column() < bestAt.column()) {
            best = k;
            bestAt = at;
          }
        }
      }
      if (best == null) {
        return path;
      }
      claimed.add(best);
      return best;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
      String path = valuePath(ctxt.getParser());
      InputProblem problem = targetType.isEnum()
          ? InputProblem.keyed(path, valueToConvert, "input.value.not-enum", EnumLabels.accepted(targetType))
          : InputProblem.keyed(path, valueToConvert, "input.value.not-a", describe(targetType));
      add(ctxt.getParser(), path, problem);
      return defaultFor(targetType);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg) {
      String path = valuePath(ctxt.getParser());
      add(ctxt.getParser(), path, InputProblem.keyed(path, String.valueOf(valueToConvert), "input.value.not-valid", describe(targetType)));
      return defaultFor(targetType);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg) {
      String value = t == JsonToken.START_OBJECT ? "{…}" : t == JsonToken.START_ARRAY ? "[…]" : safeText(p);
      if (targetType.getRawClass() == org.ducha.model.IdentityNumber.class) {
        value = org.ducha.model.IdentityNumber.mask(value); // personal information: never in clear
      }
      String path = valuePath(p);
      add(p, path, InputProblem.keyed(path, value, "input.value.wrong-type", describe(targetType.getRawClass()), tokenName(t)));
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
      }
      return defaultFor(targetType.getRawClass());
    }

    @Override
    public Object handleNullForPrimitives(DeserializationContext ctxt, Class<?> targetType, JsonParser p,
        ValueDeserializer<?> deser, String failureMsg) {
      String path = valuePath(p);
      add(p, path, InputProblem.keyed(path, "null", "input.value.null", describe(targetType)));
      return defaultFor(targetType);
    }

    private static String safeText(JsonParser p) {
      try {
        return p.getText();
      } catch (JacksonException e) {
        return "";
      }
    }

    /** The name of a kind of token, as a reference to its text in the input-problem bundles. */
    private static String tokenName(JsonToken t) {
      return switch (t) {
        case START_OBJECT -> "@token.object";
        case START_ARRAY -> "@token.list";
        case VALUE_STRING -> "@token.text";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "@token.number";
        case VALUE_TRUE, VALUE_FALSE -> "@token.boolean";
        case VALUE_NULL -> "@token.null";
        default -> "@token.other";
      };
    }

    /** What a value of type {@code c} is, as a reference to its text in the input-problem bundles (enums listed). */
    static String describe(Class<?> c) {
      if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
        return "@type.whole-number";
      }
      if (c == java.math.BigDecimal.class || c == double.class || c == Double.class) {
        return "@type.number";
      }
      if (c == boolean.class || c == Boolean.class) {
        return "@type.boolean";
      }
      if (c == java.time.LocalDate.class) {
        return "@type.date";
      }
      if (c == java.time.LocalTime.class) {
        return "@type.time";
      }
      if (c == String.class) {
        return "@type.text";
      }
      if (List.class.isAssignableFrom(c) || java.util.Set.class.isAssignableFrom(c)) {
        return "@type.list";
      }
      if (c.isEnum()) {
        return EnumLabels.accepted(c);
      }
      if (Map.class.isAssignableFrom(c)) {
        return "@type.map";
      }
      return "@type.object";
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
