package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ducha.engine.RecordValidator;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The binding from the token stream ({@link TokenBinder}) against the full reading: whatever it binds is what the full
 * reading binds, on the example data and on generated institutions written with labels and Chinese date forms; a
 * document it does not bind reads exactly as the full reading reads it (the same problems, byte for byte).
 */
class TokenBinderTest {

  private static final tools.jackson.databind.ObjectMapper MAPPER = DataFormat.JSON.mapper();
  private static final UnaryOperator<tools.jackson.databind.ObjectReader> SAME = r -> r;

  private static Parsed<Institution> full(byte[] json) {
    return DocumentReader.readFully(json, DataFormat.JSON, "doc.json", Institution.class, RecordValidator.get()::validate, SAME);
  }

  private static Parsed<Institution> read(byte[] json) {
    return DocumentReader.readModel(json, DataFormat.JSON, "doc.json", Institution.class, RecordValidator.get()::validate,
        RecordValidator.get()::validateBeyondFields);
  }

  private static String line(Object value) {
    return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
  }

  /** Every institution file of the examples (YAML), and the inspection files. */
  static Stream<Path> exampleFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    for (String folder : List.of("../examples/jincheng-2022", "../examples/campaign-cases")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(out::add);
      }
    }
    assertThat(out).hasSizeGreaterThan(20);
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("exampleFiles")
  void the_examples_bind_from_the_tokens_as_the_full_reading_binds_them(Path file) throws IOException {
    byte[] yaml = Files.readAllBytes(file);
    boolean inspection = file.getFileName().toString().startsWith("inspection");
    Class<?> type = inspection ? Inspection.class : Institution.class;
    Object value = DocumentReader.readFully(yaml, DataFormat.YAML, file.toString(), type, v -> List.of(), SAME).value().orElseThrow();
    for (String json : List.of(line(value), MAPPER.writeValueAsString(value))) {
      byte[] content = json.getBytes(StandardCharsets.UTF_8);
      Object bound = TokenBinder.read(content, type);
      assertThat(bound).as("%s bound from the tokens", file).isNotNull();
      Object fully = DocumentReader.readFully(content, DataFormat.JSON, "doc.json", type, v -> List.of(), SAME).value().orElseThrow();
      assertThat(bound).isEqualTo(fully).isEqualTo(value);
      if (!inspection) {
        assertThat(read(content)).isEqualTo(full(content));
      }
    }
  }

  @Test
  void the_bad_input_suites_base_binds_from_the_tokens() throws IOException {
    byte[] content = BadInputSuiteTest.resource("base.json").getBytes(StandardCharsets.UTF_8);
    Institution bound = TokenBinder.read(content, Institution.class);
    assertThat(bound).isNotNull().isEqualTo(full(content).value().orElseThrow());
  }

  @Test
  void the_formats_own_documents_keep_the_data_binding() {
    assertThat(TokenBinder.supports(Institution.class)).isTrue();
    assertThat(TokenBinder.supports(Inspection.class)).isTrue();
    assertThat(TokenBinder.supports(TrackingDocument.class)).isFalse();
    assertThat(TokenBinder.checksConstraints(Institution.class)).as("every constraint of the model is checked while binding").isTrue();
    assertThat(TokenBinder.read("{}".getBytes(StandardCharsets.UTF_8), TrackingDocument.class)).isNull();
  }

  /** Documents the binder leaves to the full reading, each one change away from a valid one. */
  static Stream<String> notTheCommonCase() {
    List<UnaryOperator<ObjectNode>> changes = List.of(
        i -> line(i, l -> l.put("signedIn", "true")),                 // text for a boolean (data binding would convert)
        i -> line(i, l -> l.put("traineeId", 12)),                     // number for a text
        i -> line(i, l -> l.putNull("signedOut")),                     // null for a primitive
        i -> line(i, l -> l.remove("signedIn")),                       // primitive left out
        i -> line(i, l -> l.put("signedInn", true)),                   // unknown field
        i -> line(i, l -> l.put("signInTime", "8点")),                  // a time in no known form
        i -> line(i, l -> l.put("method", "羽毛笔")),                   // no such enum label
        i -> line(i, l -> l.put("traineeId", "x".repeat(DocumentReader.MAX_TEXT + 1))),
        i -> lesson(i, l -> l.put("hours", new java.math.BigDecimal("2000000000.5"))),
        i -> lesson(i, l -> l.put("hours", "4")),
        i -> staff(i, s -> s.put("practiceYears", 2.5)),               // a fraction in a whole number
        i -> staff(i, s -> s.put("practiceYears", 3_000_000_000L)),    // beyond the range
        i -> staff(i, s -> s.put("practiceYears", "3")),
        i -> { ((ArrayNode) i.get("classes")).addNull(); return i; },    // null in a list
        i -> { i.putArray("priorFindings").add("x"); return i; },
        i -> { i.put("inspectedOn", "2022-02-30"); return i; },
        i -> { i.put("inspectedOn", "yesterday"); return i; },
        i -> { i.putObject("examSite").put("name", "x"); return i; },
        i -> { i.put("classes", "none"); return i; },
        i -> { ((ObjectNode) i.get("classes").get(0)).put("headTeacherId", "nobody"); return i; }, // invalid reference
        // Field constraints, each broken once: the binder checks them in the validator's stead.
        i -> { i.put("name", " \t"); return i; },                          // @NotBlank
        i -> { i.putNull("legalForm"); return i; },                        // @NotNull
        i -> { i.remove("inspectedOn"); return i; },
        i -> lesson(i, l -> l.put("hours", 0)),                             // @Positive
        i -> staff(i, s -> s.put("practiceYears", -1)),                     // @PositiveOrZero in an optional
        i -> { ((ObjectNode) i.get("rooms").get(0)).put("seats", -1); return i; },
        i -> { ((ObjectNode) i.get("equipment").get(0)).put("commissionedYear", 1899); return i; },  // @Min
        i -> { ((ObjectNode) i.get("operationTypes").get(0)).put("code", "Low_Voltage"); return i; }, // @Pattern
        i -> exam(i, e -> e.put("score", new java.math.BigDecimal("100.5"))),  // @DecimalMax
        i -> exam(i, e -> e.put("score", -1)),                                  // @DecimalMin
        i -> exam(i, e -> e.put("attempt", 0)),
        i -> line(i, l -> l.put("lessonId", "")),
        i -> { ((ObjectNode) i.get("classes").get(0).get("documents").get(0)).putObject("fields").put(" ", "x"); return i; }, // a map's key
        i -> { ((ObjectNode) i.get("classes").get(0).get("documents").get(0)).putObject("fields").putNull("k"); return i; },
        i -> { ((ArrayNode) i.get("classes").get(0).get("attendance")).addNull(); return i; }); // @NotNull element
    List<String> out = new ArrayList<>();
    for (UnaryOperator<ObjectNode> change : changes) {
      out.add(line(change.apply(MAPPER.valueToTree(Fixtures.cleanInstitution()))));
    }
    String valid = line(Fixtures.cleanInstitution());
    out.add(valid.replaceFirst("\"id\":", "\"id\":\"twice\",\"id\":"));         // a field named twice
    out.add(valid + " {}");                                                       // trailing content
    out.add(valid + " x");
    out.add(valid.substring(0, valid.length() - 1));                               // cut short
    out.add("[" + valid + "]");
    out.add("");
    out.add("null");
    out.add("{\"id\":1e3}");
    out.add(valid.replace("\"name\":\"", "\"name\":\"\\uD800"));            // a lone surrogate escaped
    return out.stream();
  }

  private static ObjectNode line(ObjectNode inst, java.util.function.Consumer<ObjectNode> change) {
    change.accept((ObjectNode) inst.get("classes").get(0).get("attendance").get(0));
    return inst;
  }

  private static ObjectNode lesson(ObjectNode inst, java.util.function.Consumer<ObjectNode> change) {
    change.accept((ObjectNode) inst.get("classes").get(0).get("lessons").get(0));
    return inst;
  }

  private static ObjectNode exam(ObjectNode inst, java.util.function.Consumer<ObjectNode> change) {
    change.accept((ObjectNode) inst.get("classes").get(0).get("exams").get(0).get("scores").get(0));
    return inst;
  }

  private static ObjectNode staff(ObjectNode inst, java.util.function.Consumer<ObjectNode> change) {
    change.accept((ObjectNode) inst.get("staff").get(0));
    return inst;
  }

  @ParameterizedTest
  @MethodSource("notTheCommonCase")
  void a_document_out_of_the_common_case_reads_as_the_full_reading_reads_it(String document) {
    byte[] content = document.getBytes(StandardCharsets.UTF_8);
    Parsed<Institution> full = full(content);
    assertThat(read(content)).isEqualTo(full);
    Institution bound = TokenBinder.read(content, Institution.class);
    if (full.problems().isEmpty()) {
      // Valid after the data binding's conversions ("true" for true): bound alike, or left to the full reading.
      assertThat(bound == null || full.value().orElseThrow().equals(bound)).isTrue();
    } else {
      // Never bound into a valid institution when the full reading finds a problem.
      assertThat(bound == null || !RecordValidator.get().validate(bound).isEmpty()).isTrue();
    }
    if (!full.problems().isEmpty() && full.problems().stream().allMatch(p -> p.key().startsWith("constraint."))) {
      assertThat(bound).as("the binder checks %s", full.problems()).isNull();
    }
    if (document.contains("\"signedInn\"") || document.contains("\"id\":\"twice\"") || document.contains("羽毛笔")) {
      assertThat(bound).isNull();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uFEFF", "\n\n", " \t"})
  void leading_bytes_read_as_the_full_reading_reads_them(String lead) {
    byte[] content = (lead + line(Fixtures.cleanInstitution())).getBytes(StandardCharsets.UTF_8);
    assertThat(read(content)).isEqualTo(full(content));
  }

  @Test
  void utf16_reads_as_the_full_reading_reads_it() {
    for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
      byte[] content = line(Fixtures.cleanInstitution()).getBytes(utf16);
      assertThat(TokenBinder.read(content, Institution.class)).isNull();
      assertThat(read(content)).isEqualTo(full(content));
    }
  }

  @Test
  void not_utf8_reads_as_the_full_reading_reads_it() {
    byte[] valid = line(Fixtures.cleanInstitution()).getBytes(StandardCharsets.UTF_8);
    String s = new String(valid, StandardCharsets.UTF_8);
    int at = s.indexOf("\"name\":\"") + 8;
    byte[] broken = valid.clone();
    broken[at] = (byte) 0xC3; // a lead byte without its continuation
    assertThat(read(broken)).isEqualTo(full(broken));
    assertThat(TokenBinder.read(broken, Institution.class)).isNull();
  }

  // ---- properties

  /** Valid institutions (as the reading properties make them) with a seed for how they are written. */
  record Written(Institution institution, long seed, boolean indented) {}

  @Provide
  Arbitrary<Written> written() {
    return net.jqwik.api.Combinators.combine(new ReadingPropertiesTest().institutions(), Arbitraries.longs(), Arbitraries.of(true, false))
        .as(Written::new);
  }

  /**
   * Any valid generated institution, written with enums as their zh-CN labels or constants in any case and dates in
   * the Chinese forms as the seed picks, binds from the tokens, equal to what the full reading binds.
   */
  @Property(tries = 150)
  void a_valid_institution_binds_from_the_tokens_as_the_full_reading_binds_it(@ForAll("written") Written w) {
    JsonNode tree = MAPPER.valueToTree(w.institution());
    rewrite(tree, Institution.class, new Random(w.seed()));
    byte[] content = (w.indented() ? MAPPER.writeValueAsString(tree) : line(tree)).getBytes(StandardCharsets.UTF_8);
    Parsed<Institution> full = full(content);
    assertThat(full.problems()).isEmpty();
    assertThat(full.value()).contains(w.institution());
    assertThat(TokenBinder.read(content, Institution.class)).isEqualTo(w.institution());
    assertThat(read(content)).isEqualTo(full);
  }

  /** Any single change to a valid file reads exactly as the full reading reads it: the same value, the same problems. */
  @Property(tries = 300)
  void a_changed_document_reads_as_the_full_reading_reads_it(@ForAll("mutations") ReadingPropertiesTest.Mutation m) throws IOException {
    String base = BadInputSuiteTest.resource("base.json");
    byte[] content = ReadingPropertiesTest.apply(m, base).getBytes(StandardCharsets.UTF_8);
    assertThat(read(content)).as("%s", m).isEqualTo(full(content));
  }

  @Provide
  Arbitrary<ReadingPropertiesTest.Mutation> mutations() {
    return new ReadingPropertiesTest().mutations();
  }

  /** Rewrites {@code node}, a value of {@code type}, in place: enums as labels or odd-cased constants, dates in Chinese forms. */
  private static void rewrite(JsonNode node, Type type, Random random) {
    if (node == null || node.isNull()) {
      return;
    }
    if (type instanceof ParameterizedType pt) {
      Type arg = pt.getActualTypeArguments()[0];
      if (pt.getRawType() == Optional.class) {
        rewrite(node, arg, random);
      } else if (node.isArray()) {
        ArrayNode array = (ArrayNode) node;
        for (int i = 0; i < array.size(); i++) {
          JsonNode replaced = scalar(array.get(i), arg, random);
          if (replaced != null) {
            array.set(i, replaced);
          } else {
            rewrite(array.get(i), arg, random);
          }
        }
      }
      return;
    }
    Class<?> c = (Class<?>) type;
    if (!c.isRecord() || !node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    for (RecordComponent rc : c.getRecordComponents()) {
      JsonNode child = object.get(rc.getName());
      Type t = rc.getGenericType();
      if (t instanceof ParameterizedType pt && pt.getRawType() == Optional.class) {
        t = pt.getActualTypeArguments()[0];
      }
      JsonNode replaced = child == null ? null : scalar(child, t, random);
      if (replaced != null) {
        object.set(rc.getName(), replaced);
      } else {
        rewrite(child, rc.getGenericType(), random);
      }
    }
  }

  /** An enum or date written another accepted way, or null to keep it (or when it is not one). */
  private static JsonNode scalar(JsonNode node, Type type, Random random) {
    if (!node.isString() || !(type instanceof Class<?> c)) {
      return null;
    }
    if (c.isEnum()) {
      Enum<?> e = EnumLabels.find(c, node.asString());
      List<String> labels = EnumLabels.labels(e);
      return switch (random.nextInt(3)) {
        case 0 -> labels.isEmpty() ? null : MAPPER.getNodeFactory().stringNode(labels.get(random.nextInt(labels.size())));
        case 1 -> MAPPER.getNodeFactory().stringNode(e.name().toLowerCase(java.util.Locale.ROOT));
        default -> null;
      };
    }
    if (c == LocalDate.class) {
      LocalDate d = LocalDate.parse(node.asString());
      String s = switch (random.nextInt(4)) {
        case 0 -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        case 1 -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
        case 2 -> d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth();
        default -> null;
      };
      return s == null ? null : MAPPER.getNodeFactory().stringNode(s);
    }
    return null;
  }
}
