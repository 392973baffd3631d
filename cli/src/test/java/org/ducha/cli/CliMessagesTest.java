package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The command's two bundles: the same keys, every text present, and how the language of a run is chosen. */
class CliMessagesTest {

  private static Properties bundle(String language) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CliMessages.class.getResourceAsStream("Messages_" + language + ".properties")) {
      assertThat(in).as(language).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void both_bundles_have_every_key_and_no_empty_text() throws IOException {
    Properties zh = bundle("zh");
    Properties en = bundle("en");
    assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    for (Properties p : new Properties[] {zh, en}) {
      p.stringPropertyNames().forEach(k -> assertThat(p.getProperty(k)).as(k).isNotBlank());
    }
  }

  @Test
  void the_command_own_messages_are_valid_patterns_with_the_same_places_in_both_languages() throws IOException {
    Properties zh = bundle("zh");
    Properties en = bundle("en");
    for (String k : zh.stringPropertyNames()) {
      if (k.matches("(error|inspect|validate|checks|docs|version|usage\\.error)\\..*")) {
        assertThat(new MessageFormat(zh.getProperty(k)).getFormatsByArgumentIndex().length).as(k)
            .isEqualTo(new MessageFormat(en.getProperty(k)).getFormatsByArgumentIndex().length);
      }
    }
    // Chinese texts are Chinese: no key silently left in English.
    for (String k : zh.stringPropertyNames()) {
      if (!k.equals("usage.error.other")) {
        assertThat(zh.getProperty(k)).as(k).containsPattern("\\p{IsHan}|：");
      }
    }
  }

  @Test
  void every_command_option_and_parameter_has_its_text_from_the_bundle_in_both_languages() {
    for (Locale l : CliMessages.LOCALES) {
      CommandLine cl = new CommandLine(new Main());
      cl.setResourceBundle(CliMessages.of(l).bundle());
      Set<String> missing = new TreeSet<>();
      collectMissing(cl, missing);
      assertThat(missing).as(l.toString()).isEmpty();
    }
  }

  private static void collectMissing(CommandLine cl, Set<String> missing) {
    CommandSpec spec = cl.getCommandSpec();
    if (spec.usageMessage().description().length == 0 && spec.usageMessage().header().length == 0) {
      missing.add(spec.qualifiedName() + " (description)");
    }
    for (OptionSpec o : spec.options()) {
      if (o.description().length == 0 || o.description()[0].isBlank()) {
        missing.add(spec.qualifiedName() + " " + o.longestName());
      }
    }
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (p.description().length == 0 || p.description()[0].isBlank()) {
        missing.add(spec.qualifiedName() + " " + p.paramLabel());
      }
    }
    cl.getSubcommands().values().forEach(s -> collectMissing(s, missing));
  }

  @Test
  void the_locale_option_decides_first_then_an_english_system_then_chinese() {
    assertThat(CliMessages.choose(new String[] {"inspect", "x", "--locale", "en"}, Locale.ROOT)).isEqualTo(Locale.ENGLISH);
    assertThat(CliMessages.choose(new String[] {"inspect", "--locale=EN-us", "x"}, Locale.ROOT)).isEqualTo(Locale.ENGLISH);
    assertThat(CliMessages.choose(new String[] {"inspect", "--locale", "zh-cn"}, Locale.US)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(CliMessages.choose(new String[] {"inspect", "x"}, Locale.US)).isEqualTo(Locale.ENGLISH);
    assertThat(CliMessages.choose(new String[] {"inspect", "x"}, Locale.ROOT)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    assertThat(CliMessages.choose(new String[] {"inspect", "x"}, Locale.GERMANY)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    // An unsupported value does not decide; after "--" it is a path, not an option.
    assertThat(CliMessages.choose(new String[] {"inspect", "--locale", "fr"}, Locale.US)).isEqualTo(Locale.ENGLISH);
    assertThat(CliMessages.choose(new String[] {"inspect", "--", "--locale", "en"}, Locale.ROOT)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void on_unix_the_locale_variables_name_the_system_language_and_c_is_not_english() {
    assertThat(CliMessages.system(Map.of("LANG", "en_US.UTF-8"), false).getLanguage()).isEqualTo("en");
    assertThat(CliMessages.system(Map.of("LANG", "zh_CN.UTF-8"), false).getLanguage()).isEqualTo("zh");
    assertThat(CliMessages.system(Map.of("LANG", "C.UTF-8"), false)).isEqualTo(Locale.ROOT);
    assertThat(CliMessages.system(Map.of("LANG", "POSIX"), false)).isEqualTo(Locale.ROOT);
    assertThat(CliMessages.system(Map.of(), false)).isEqualTo(Locale.ROOT);
    // LC_ALL before LC_MESSAGES before LANG, as in POSIX; an empty variable is not set.
    assertThat(CliMessages.system(Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US.UTF-8"), false).getLanguage()).isEqualTo("zh");
    assertThat(CliMessages.system(Map.of("LC_ALL", "", "LC_MESSAGES", "en_GB", "LANG", "zh_CN"), false).getLanguage()).isEqualTo("en");
  }
}
