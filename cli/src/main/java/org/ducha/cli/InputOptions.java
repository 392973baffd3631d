package org.ducha.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.Profile;
import org.ducha.formats.ProfileReader;
import picocli.CommandLine.Option;

/** Options shared by the commands that build an inspector. */
final class InputOptions {

  @Option(names = "--profile", paramLabel = "FILE", description = "Profile file (YAML or JSON): checks, parameters, severities, campaigns.")
  Path profile;

  @Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "zh-CN", description = "zh-CN (default) or en.")
  String locale;

  @Option(names = "--parallel", paramLabel = "N", defaultValue = "1", description = "Institutions inspected at once (default 1).")
  int parallelism;

  Locale locale() {
    return locale(locale);
  }

  /** The supported locale {@code tag} names; fails on another language. */
  static Locale locale(String tag) {
    Locale l = Locale.forLanguageTag(tag);
    if (!l.getLanguage().equals("zh") && !l.getLanguage().equals("en")) {
      throw new IllegalArgumentException("unsupported locale '" + tag + "': use zh-CN or en");
    }
    return MessageCatalog.resolve(l);
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
