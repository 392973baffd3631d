package org.ducha.cli;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command's own texts in one language: usage help (read by picocli from the same bundle) and the lines the command
 * prints itself (stderr messages, {@code validate} summaries, usage errors). The bundles are
 * {@code org/ducha/cli/Messages_zh.properties} and {@code Messages_en.properties}; every key is in both.
 *
 * <p>How the language is chosen, before picocli parses the arguments (so that usage help and usage errors are already
 * in it): the value of {@code --locale} if the arguments hold one ({@code --locale en} or {@code --locale=en}); otherwise
 * the system's language when it is English; otherwise zh-CN. The system's language is, on Unix-like systems, the first
 * set one of {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} ({@code C} and {@code POSIX} are not English: they say
 * nothing of a language, and the JVM reports them as English); on Windows, the JVM's default display locale, which
 * follows the user's display language. The same choice is the default of {@code --locale}, so that the report is in
 * the language of the messages.
 */
public final class CliMessages {

  /** The bundles' base name. */
  static final String BUNDLE = "org.ducha.cli.Messages";
  /** The languages the command speaks. */
  static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

  private final ResourceBundle bundle;
  private final Locale locale;

  private CliMessages(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The texts in {@code locale} (English for an English locale, Chinese for any other). */
  public static CliMessages of(Locale locale) {
    Locale l = locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    // Both bundles exist under their language, so the lookup never falls back to the JVM's default locale.
    return new CliMessages(ResourceBundle.getBundle(BUNDLE, l), l);
  }

  /** The texts of the command line {@code spec} belongs to (the bundle set on it when the command started). */
  static CliMessages of(CommandSpec spec) {
    ResourceBundle b = spec.root().resourceBundle();
    return b == null ? of(Locale.SIMPLIFIED_CHINESE) : new CliMessages(b, b.getLocale().getLanguage().equals("en") ? Locale.ENGLISH
        : Locale.SIMPLIFIED_CHINESE);
  }

  /** The language of these texts: zh-CN or en. */
  public Locale locale() {
    return locale;
  }

  /** The bundle picocli reads the usage help from. */
  ResourceBundle bundle() {
    return bundle;
  }

  /** The text of {@code key} with {@code args} in its {@code {0}}, {@code {1}}… places. */
  public String text(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /**
   * The language of a run with {@code args}: the {@code --locale} given, else {@code system} if it is English, else zh-CN.
   * An unsupported {@code --locale} value counts as not given here; the option itself then reports it.
   */
  public static Locale choose(String[] args, Locale system) {
    for (int i = 0; i < args.length; i++) {
      String tag = null;
      if (args[i].equals("--locale") && i + 1 < args.length) {
        tag = args[i + 1];
      } else if (args[i].startsWith("--locale=")) {
        tag = args[i].substring("--locale=".length());
      } else if (args[i].equals("--")) {
        break;
      }
      if (tag != null) {
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        if (language.equals("en") || language.equals("zh")) {
          return language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        }
      }
    }
    return system.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
  }

  /** The system's language, as described in the class comment, from {@code env} and the JVM's default locale. */
  static Locale system(Map<String, String> env, boolean windows) {
    if (windows) {
      return Locale.getDefault(Locale.Category.DISPLAY);
    }
    for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        String language = v.split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
        return language.equals("c") || language.equals("posix") ? Locale.ROOT : Locale.forLanguageTag(language);
      }
    }
    return Locale.ROOT;
  }

  /** The system's language of this process. */
  static Locale system() {
    return system(System.getenv(), System.getProperty("os.name", "").startsWith("Windows"));
  }
}
