package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ducha.engine.InputProblem;
import org.ducha.engine.MessageCatalog;
import org.junit.jupiter.api.Test;

/** The input-problem texts: both languages have every key, and every key the readers and the validator use exists. */
class InputProblemTextsTest {

  @Test
  void both_bundles_have_the_same_keys() {
    assertThat(InputProblem.keys(MessageCatalog.ZH_CN)).isEqualTo(InputProblem.keys(MessageCatalog.EN));
    assertThat(InputProblem.keys(MessageCatalog.EN)).contains("input.key.duplicate", "constraint.NotNull", "record.no-target");
  }

  @Test
  void every_key_the_sources_use_is_in_both_bundles() throws IOException {
    Set<String> used = new TreeSet<>();
    // Keys given to keyed, withKey and keep, and any text literal of the key families (chosen by a condition first).
    Pattern call = Pattern.compile("(?:keyed|withKey|keep)\\((?:[^;]*?, )?\"([a-z]+\\.[a-zA-Z.-]+)\"");
    Pattern literal = Pattern.compile("\"((?:input|tracking|baseline|profile|record)\\.[a-z][a-zA-Z.-]*)\"");
    Pattern named = Pattern.compile("\"@([a-z]+\\.[a-z-]+)");
    for (Path root : new Path[] {Path.of("src/main/java"), Path.of("../core/src/main/java")}) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
          String src = Files.readString(f, StandardCharsets.UTF_8);
          for (Pattern p : new Pattern[] {call, literal, named}) {
            Matcher m = p.matcher(src);
            while (m.find()) {
              used.add(m.group(1));
            }
          }
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(40).contains("input.yaml.alias", "input.encoding.gbk", "tracking.duplicate");
    assertThat(InputProblem.keys(MessageCatalog.EN)).containsAll(used);
    assertThat(InputProblem.keys(MessageCatalog.ZH_CN)).containsAll(used);
  }

  @Test
  void a_problem_renders_in_the_chosen_language_english_keeping_its_text() {
    InputProblem p = InputProblem.keyed("rooms[0].seats", "64.5", "input.number.not-whole").at("a.yaml", 3, 12);
    assertThat(p.render(MessageCatalog.EN)).isEqualTo("a.yaml:3:12: rooms[0].seats = '64.5': not a whole number");
    assertThat(p.render(MessageCatalog.ZH_CN)).isEqualTo("a.yaml:3:12: rooms[0].seats = '64.5': 不是整数");
    InputProblem typed = InputProblem.keyed("x", "", "input.value.wrong-type", "@type.date", "@token.list");
    assertThat(typed.message()).isEqualTo("expected a date (YYYY-MM-DD, 2022年3月7日, 2022/3/7 or 2022.3.7), found a list");
    assertThat(typed.messageIn(MessageCatalog.ZH_CN)).isEqualTo("应为日期（YYYY-MM-DD、2022年3月7日、2022/3/7 或 2022.3.7），实为列表");
  }
}
