package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input suite: every case of {@code bad-input/cases.txt} (one a line: a change to a valid institution file and
 * the problem it must give). Each case is read in a folder beside a good institution: the bad file gives exactly its
 * problems, located (file, line, column, path) with the expected message key, in words of the project's own in both
 * languages; the good institution is still read and inspected.
 */
class BadInputSuiteTest {

  /** Words of the parsers and of Java that must never reach a user. */
  static final List<String> FOREIGN = List.of("jackson", "snakeyaml", "java.", "tools.", "exception", "`int`", "token",
      "in reader", "jsonparser", "deserializ", "mark", "<block", "org.");

  /** One inspector for every case (immutable and thread-safe): building one per case would only slow the suite. */
  private static final Inspector INSPECTOR = Inspector.builder().build();

  @TempDir
  Path dir;

  /** One case of the table. */
  record Case(String name, String base, String find, String replace, String at, String path, String key, String count) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : resource("cases.txt").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split(" \\| ", -1);
      assertThat(c).as(line).hasSize(8);
      out.add(new Case(c[0].trim(), c[1].trim(), unescape(c[2]), unescape(c[3]), unescape(c[4]), c[5].trim(), c[6].trim(), c[7].trim()));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void bad_input_is_refused_precisely_and_the_other_institution_is_inspected(Case c) throws IOException {
    String base = resource(c.base());
    String doc = apply(c, base);
    String ext = c.base().endsWith(".json") ? ".json" : ".yaml";
    Path bad = dir.resolve("1-bad" + ext);
    Files.writeString(bad, doc, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("2-good.yaml"), resource("base.yaml").replace("id: example-centre", "id: good-centre"), StandardCharsets.UTF_8);

    List<InstitutionInput> read;
    try (Stream<InstitutionInput> s = InspectionReader.of(List.of(dir)).institutions()) {
      read = s.toList();
    }
    assertThat(read).hasSize(2);
    InstitutionInput good = read.get(1);
    assertThat(good.problems()).as("the good institution").isEmpty();
    InstitutionReport inspected = INSPECTOR.inspect(good.institution().orElseThrow());
    assertThat(inspected.problems()).isEmpty();
    assertThat(inspected.institutionId()).isEqualTo("good-centre");

    InstitutionInput in = read.get(0);
    if (c.key().equals("-")) {
      assertThat(in.problems()).as("a valid file (boundary case)").isEmpty();
      return;
    }
    List<InputProblem> problems = in.problems();
    assertThat(in.institution()).isEmpty();
    if (c.count().equals("*")) {
      assertThat(problems).isNotEmpty();
    } else {
      assertThat(problems).as("%s", problems).hasSize(Integer.parseInt(c.count()));
    }
    String path = c.path().equals("(root)") ? "" : c.path();
    assertThat(problems).as("%s", problems)
        .anySatisfy(p -> {
          assertThat(p.key()).isEqualTo(c.key());
          assertThat(p.path()).isEqualTo(path);
          assertThat(p.file()).hasValue(bad.toString());
          int[] at = position(c.at(), doc);
          if (at == null) {
            assertThat(p.line()).isEmpty();
          } else {
            assertThat(p.line()).as("line of %s", p).hasValue(at[0]);
            assertThat(p.column()).as("column of %s", p).hasValue(at[1]);
          }
        });
    for (InputProblem p : problems) {
      assertOwnWords(p);
    }
  }

  /** Both languages render the problem; neither names a parser, a class or a token; the Chinese text is Chinese. */
  static void assertOwnWords(InputProblem p) {
    String en = p.messageIn(MessageCatalog.EN);
    String zh = p.messageIn(MessageCatalog.ZH_CN);
    for (String m : List.of(en, zh)) {
      String lower = m.toLowerCase(Locale.ROOT);
      for (String word : FOREIGN) {
        assertThat(lower).as("%s names %s", m, word).doesNotContain(word);
      }
    }
    assertThat(p.key()).as("%s has a message key", p).isNotEmpty();
    assertThat(zh).as("%s in Chinese", p).containsPattern("\\p{IsHan}");
    assertThat(en).isEqualTo(p.message());
  }

  private static String apply(Case c, String base) {
    String replace = c.replace().equals("<EMPTY>") ? "" : c.replace();
    switch (c.find()) {
      case "<END>":
        return base + replace;
      case "<ALL>":
        return replace;
      case "<CUT>":
        assertThat(base).contains(replace);
        return base.substring(0, base.indexOf(replace) + replace.length());
      default:
        assertThat(base).as("the case's text to replace").contains(c.find());
        int i = base.indexOf(c.find());
        return base.substring(0, i) + replace + base.substring(i + c.find().length());
    }
  }

  /** Line and column of the case's {@code at} in {@code doc}: text (first occurrence) with ^k, L:C, <END>; null for -. */
  static int[] position(String at, String doc) {
    if (at.equals("-")) {
      return null;
    }
    Matcher lc = Pattern.compile("(\\d+):(\\d+)").matcher(at);
    if (lc.matches()) {
      return new int[] {Integer.parseInt(lc.group(1)), Integer.parseInt(lc.group(2))};
    }
    int offset;
    if (at.equals("<END>")) {
      offset = doc.length();
    } else {
      String text = at;
      int shift = 0;
      int caret = at.lastIndexOf('^');
      if (caret > 0 && at.substring(caret + 1).matches("\\d+")) {
        text = at.substring(0, caret);
        shift = Integer.parseInt(at.substring(caret + 1));
      }
      offset = doc.indexOf(text);
      assertThat(offset).as("'%s' in the case's file", text).isNotNegative();
      offset += shift;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (doc.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  private static String unescape(String s) {
    String t = s.trim().replace("\\n", "\n").replace("\\t", "\t");
    Matcher m = Pattern.compile("\\{(.)\\*(\\d+)}").matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1).repeat(Integer.parseInt(m.group(2)))));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  static String resource(String name) throws IOException {
    try (InputStream in = BadInputSuiteTest.class.getResourceAsStream("/bad-input/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
