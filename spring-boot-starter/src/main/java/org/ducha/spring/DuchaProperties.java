package org.ducha.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code ducha.*} properties: which packs, which profile and campaigns, which language, how many threads, how long a check may run. Read
 * once, when the inspector is built.
 */
@ConfigurationProperties(prefix = "ducha")
public class DuchaProperties {

  /** Ids of the packs to keep of those on the class path (e.g. archive, staffing); empty keeps every pack. */
  private List<String> packs = new ArrayList<>();

  /**
   * Profile file (YAML or JSON, by its extension): checks disabled, parameters, severities, campaigns. A Spring
   * resource location, e.g. classpath:ducha/city.yaml or file:/etc/ducha/city.yaml. None: every check with its
   * defaults.
   */
  private Resource profile;

  /**
   * Campaigns switched on for every inspection, beside those of the profile file and those an inspection file
   * names (as the ducha command does).
   */
  private List<String> campaigns = new ArrayList<>();

  /** Language of rendered reports: zh-CN (the default) or en. */
  private Locale locale = Locale.forLanguageTag("zh-CN");

  /** How many institutions are inspected at once (at least 1). */
  private int parallelism = 1;

  /**
   * The longest one check may run on one institution; 0 for no limit. A check still running then is abandoned and
   * reported as an ERROR outcome (timed out), visible in every report format; once more than four abandoned checks
   * are still running, inspecting stops.
   */
  private Duration checkTimeout = Duration.ofSeconds(60);

  /** The catalogue and pack versions in the actuator's info endpoint. */
  private final Info info = new Info();

  /** Micrometer timers per check. */
  private final Metrics metrics = new Metrics();

  public List<String> getPacks() {
    return packs;
  }

  public void setPacks(List<String> packs) {
    this.packs = packs;
  }

  public Resource getProfile() {
    return profile;
  }

  public void setProfile(Resource profile) {
    this.profile = profile;
  }

  public List<String> getCampaigns() {
    return campaigns;
  }

  public void setCampaigns(List<String> campaigns) {
    this.campaigns = campaigns;
  }

  public Locale getLocale() {
    return locale;
  }

  public void setLocale(Locale locale) {
    this.locale = locale;
  }

  public int getParallelism() {
    return parallelism;
  }

  public void setParallelism(int parallelism) {
    this.parallelism = parallelism;
  }

  public Duration getCheckTimeout() {
    return checkTimeout;
  }

  public void setCheckTimeout(Duration checkTimeout) {
    this.checkTimeout = checkTimeout;
  }

  public Info getInfo() {
    return info;
  }

  public Metrics getMetrics() {
    return metrics;
  }

  /** {@code ducha.info.*}. */
  public static class Info {

    /** Whether the actuator's info endpoint shows the packs and the check catalogue (when actuator is present). */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** {@code ducha.metrics.*}. */
  public static class Metrics {

    /** Whether each check's time on each institution is recorded in a Micrometer timer (when Micrometer is present). */
    private boolean enabled = true;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }
}
