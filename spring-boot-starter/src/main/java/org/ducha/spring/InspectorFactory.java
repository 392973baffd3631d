package org.ducha.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.ducha.engine.ConfigurationException;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.Profile;
import org.ducha.formats.ProfileReader;
import org.springframework.core.io.Resource;

/**
 * Builds the application's {@link Inspector} from the {@code ducha.*} properties and the host's
 * {@link InspectorCustomizer}s (an inspection that names campaigns gets a copy with them on, through
 * {@link Inspector#withCampaigns}). The profile file is read once, when the factory is made, so a mistake in it, like
 * a bad locale, parallelism or check timeout, stops the application from starting.
 */
public class InspectorFactory {

  private final DuchaProperties properties;
  private final List<InspectorCustomizer> customizers;
  private final Profile profile;
  private final Locale locale;
  private final Duration checkTimeout;

  /** A factory; reads the profile file and checks the locale, parallelism and check timeout now. */
  public InspectorFactory(DuchaProperties properties, List<InspectorCustomizer> customizers) {
    this.properties = properties;
    this.customizers = List.copyOf(customizers);
    this.locale = locale(properties.getLocale());
    if (properties.getParallelism() < 1) {
      throw new ConfigurationException("ducha.parallelism must be at least 1: " + properties.getParallelism());
    }
    Duration limit = properties.getCheckTimeout();
    if (limit == null || limit.isNegative()) {
      throw new ConfigurationException("ducha.check-timeout must be 0 (no limit) or more: " + limit);
    }
    this.checkTimeout = limit;
    Profile p = properties.getProfile() == null ? Profile.defaults() : read(properties.getProfile());
    this.profile = withCampaigns(p, properties.getCampaigns());
  }

  /** How many institutions an inspector inspects at once ({@code ducha.parallelism}). */
  public int parallelism() {
    return properties.getParallelism();
  }

  /** The profile every inspector starts from: the profile file (or the defaults) and {@code ducha.campaigns}. */
  public Profile profile() {
    return profile;
  }

  /**
   * The application's inspector: the base profile, the locale, parallelism and check timeout of the properties, the
   * packs {@code ducha.packs} keeps, then every customizer. It validates the records of the institutions it inspects.
   */
  public Inspector create() {
    Inspector.Builder b = Inspector.builder()
        .profile(profile)
        .locale(locale)
        .parallelism(properties.getParallelism())
        .checkTimeout(checkTimeout);
    if (!properties.getPacks().isEmpty()) {
      b.onlyPacks(properties.getPacks().toArray(String[]::new));
    }
    customizers.forEach(c -> c.customize(b));
    return b.build();
  }

  private static Profile withCampaigns(Profile p, Collection<String> campaigns) {
    if (campaigns.isEmpty() || p.campaigns().containsAll(campaigns)) {
      return p;
    }
    Profile.Builder b = p.toBuilder();
    campaigns.forEach(b::campaign);
    return b.build();
  }

  private static Locale locale(Locale l) {
    if (l == null || !(l.getLanguage().equals("zh") || l.getLanguage().equals("en"))) {
      throw new ConfigurationException("ducha.locale '" + (l == null ? "" : l.toLanguageTag()) + "' is not supported: use zh-CN or en");
    }
    return MessageCatalog.resolve(l);
  }

  /** Reads a profile from a resource; one outside the file system is copied to a temporary file of the same name. */
  private static Profile read(Resource resource) {
    String name = resource.getFilename() == null ? "profile" : resource.getFilename();
    try {
      if (resource.isFile()) {
        return ProfileReader.read(resource.getFile().toPath());
      }
      Path dir = Files.createTempDirectory("ducha-profile");
      Path copy = dir.resolve(Path.of(name).getFileName().toString());
      try (InputStream in = resource.getInputStream()) {
        Files.copy(in, copy);
        return ProfileReader.read(copy);
      } finally {
        Files.deleteIfExists(copy);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ducha.profile " + resource.getDescription(), e);
    }
  }
}
