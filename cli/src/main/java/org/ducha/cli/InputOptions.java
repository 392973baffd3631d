package org.ducha.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.Profile;
import org.ducha.formats.ProfileReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options shared by the commands that build an inspector. Texts: the bundles' keys {@code profile}, {@code locale},
 * {@code parallel}. {@code --locale} has no fixed default: {@link CliDefaults} gives the run's language.
 */
final class InputOptions {

  @Option(names = "--profile", paramLabel = "FILE")
  Path profile;

  @Option(names = "--locale", paramLabel = "LOCALE", completionCandidates = Locales.class)
  String locale;

  /** Institutions inspected at once: by default as many as the machine has processors (the report is the same). */
  @Option(names = "--parallel", paramLabel = "N")
  int parallelism = Runtime.getRuntime().availableProcessors();

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  Locale locale() {
    return locale(locale, CliMessages.of(mixee));
  }

  /** The supported locale {@code tag} (zh-CN, en; any case, {@code _} or {@code -}) names; fails on another language. */
  static Locale locale(String tag, CliMessages messages) {
    Locale l = tag == null ? messages.locale() : Locale.forLanguageTag(tag.trim().replace('_', '-'));
    if (!l.getLanguage().equals("zh") && !l.getLanguage().equals("en")) {
      throw new IllegalArgumentException(messages.text("error.locale", tag));
    }
    return MessageCatalog.resolve(l);
  }

  /** The values {@code --locale} offers to shell completion. */
  static final class Locales implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of("zh-CN", "en").iterator();
    }
  }

  /** The inspector: discovered packs and the profile file (if any); {@code InspectionFiles} adds the inspection's campaigns. */
  Inspector inspector() {
    return inspector(Inspector.DEFAULT_CHECK_TIMEOUT);
  }

  /** The inspector, with {@code checkTimeout} as the time limit of each check. */
  Inspector inspector(java.time.Duration checkTimeout) {
    Profile p = profile == null ? Profile.defaults() : localized(() -> ProfileReader.read(profile, knownCampaigns()));
    // Every institution the commands inspect comes from InspectionReader, which validated it: not twice.
    return Inspector.builder().profile(p).locale(locale()).parallelism(parallelism).validateRecords(false)
        .checkTimeout(checkTimeout).build();
  }

  /** What {@code read} gives; its problems, when the file is invalid, in this command's language. */
  <T> T localized(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (org.ducha.engine.InvalidRecordsException e) {
      throw new IllegalArgumentException(e.message(locale()), e);
    }
  }

  /** The campaigns the discovered check packs know: those a profile or an inspection file may turn on. */
  static java.util.Set<String> knownCampaigns() {
    java.util.Set<String> known = new java.util.TreeSet<>();
    Inspector.builder().build().catalogue().forEach(d -> d.campaign().ifPresent(known::add));
    return known;
  }

  static List<Path> nonEmpty(List<Path> paths) {
    if (paths == null || paths.isEmpty()) {
      throw new IllegalArgumentException("name at least one folder or file");
    }
    return paths;
  }
}
