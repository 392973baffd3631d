package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ducha.engine.InputProblem;
import org.ducha.engine.RecordValidator;
import org.ducha.model.Institution;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import tools.jackson.databind.node.ObjectNode;

/**
 * Properties of reading: a valid institution written as JSON or YAML reads back equal; a single change to a valid
 * file (a character deleted or inserted, a line doubled, the file cut, a value's type changed) gives a valid read or
 * located problems in the project's words, never an exception.
 */
class ReadingPropertiesTest {

  /**
   * Valid institutions, built through the testkit (its fixtures and mutations, whose builders default every optional
   * record): the clean institution with or without its exam site, or the training-only one; trainees enrolled,
   * self-inspections or the blended class taken away; and generated id, name, inspection date and one document title,
   * so that texts of any script, quotes, colons, '#', leading dashes and line breaks are written and read back.
   */
  @Provide
  Arbitrary<Institution> institutions() {
    Arbitrary<String> text = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
        .filter(s -> !s.isBlank() && s.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE || c == 0));
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
    Arbitrary<Institution> shapes = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 25),
        Arbitraries.integers().between(0, 3)).as((base, trainees, cuts) -> {
          Institution i = base == 2 ? Fixtures.cleanTrainingOnly() : Fixtures.cleanInstitution();
          if (base == 1) {
            i = Mutations.withoutExamSite(i);
          }
          if (i.classes().stream().anyMatch(c -> c.id().equals(Fixtures.CLASS_OFFLINE))) {
            i = Mutations.enrol(i, Fixtures.CLASS_OFFLINE, trainees);
          }
          if ((cuts & 1) != 0) {
            i = Mutations.withoutSelfInspections(i);
          }
          if ((cuts & 2) != 0 && i.classes().stream().anyMatch(c -> c.id().equals(Fixtures.CLASS_BLENDED))) {
            i = Mutations.removeClass(i, Fixtures.CLASS_BLENDED);
          }
          return i;
        });
    return Combinators.combine(shapes, text, text, dates, text).as((shape, id, name, date, title) -> {
      Institution i = Mutations.inspectedOn(shape.with(b -> b.id(id).name(name)), date);
      ObjectNode tree = (ObjectNode) DataFormat.JSON.mapper().valueToTree(i);
      if (tree.has("documents") && !tree.get("documents").isEmpty()) {
        ((ObjectNode) tree.get("documents").get(0)).put("title", title);
      }
      return DataFormat.JSON.mapper().treeToValue(tree, Institution.class);
    }).filter(i -> RecordValidator.get().validate(i).isEmpty());
  }

  @Property(tries = 100)
  void a_valid_institution_survives_write_then_read_as_json_and_yaml(@ForAll("institutions") Institution institution) {
    for (DataFormat format : DataFormat.values()) {
      byte[] written = format.mapper().writeValueAsBytes(institution);
      Parsed<Institution> read = DocumentReader.read(written, format, "generated", Institution.class, RecordValidator.get()::validate);
      assertThat(read.problems()).as("%s", format).isEmpty();
      assertThat(read.value()).as("%s", format).contains(institution);
    }
  }

  /** One change to a valid file. */
  record Mutation(String kind, double where, char ch) {}

  @Provide
  Arbitrary<Mutation> mutations() {
    return Combinators.combine(
        Arbitraries.of("delete", "insert", "double-line", "cut", "type", "duplicate-key"),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.of(':', '[', ']', '{', '}', '"', '\'', '\t', ',', '-', '&', '*', '#', 'x', '9', '\n', ' ', '.', '!', '|', '>', '中'))
        .as(Mutation::new);
  }

  @Property(tries = 200)
  void a_single_change_to_a_valid_file_gives_located_problems_never_an_exception(
      @ForAll("mutations") Mutation m, @ForAll boolean json) throws IOException {
    String base = BadInputSuiteTest.resource(json ? "base.json" : "base.yaml");
    String doc = apply(m, base);
    Parsed<Institution> read = DocumentReader.read(doc.getBytes(StandardCharsets.UTF_8), json ? DataFormat.JSON : DataFormat.YAML,
        "mutated", Institution.class, RecordValidator.get()::validate);
    for (InputProblem p : read.problems()) {
      assertThat(p.file()).hasValue("mutated");
      assertThat(p.line()).as("%s located (%s)", p, m).isPresent();
      String lower = p.message().toLowerCase(java.util.Locale.ROOT) + p.messageIn(org.ducha.engine.MessageCatalog.ZH_CN);
      for (String word : BadInputSuiteTest.FOREIGN) {
        assertThat(lower).as("%s (%s)", p, m).doesNotContain(word);
      }
    }
  }

  static String apply(Mutation m, String base) {
    int at = (int) Math.min(base.length() - 1, Math.floor(m.where() * base.length()));
    int lineStart = base.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int lineEnd = base.indexOf('\n', at);
    lineEnd = lineEnd < 0 ? base.length() : lineEnd + 1;
    String line = base.substring(lineStart, lineEnd);
    return switch (m.kind()) {
      case "delete" -> base.substring(0, at) + base.substring(at + 1);
      case "insert" -> base.substring(0, at) + m.ch() + base.substring(at);
      case "double-line", "duplicate-key" -> base.substring(0, lineEnd) + line + base.substring(lineEnd);
      case "cut" -> base.substring(0, at);
      case "type" -> base.substring(0, lineStart) + line.replaceAll("(:\\s*)(\"?[^\\[{\\s\"][^,\\n]*?\"?)(,?\\n)$", "$1[\"$2\"]$3")
          + base.substring(lineEnd);
      default -> throw new IllegalArgumentException(m.kind());
    };
  }
}
