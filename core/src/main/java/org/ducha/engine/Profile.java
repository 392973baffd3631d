package org.ducha.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ducha.finding.Severity;

/**
 * Which checks run, with which parameters and severities, and which campaigns are on. Immutable. A profile
 * is checked against the loaded catalogue when the {@link Inspector} is built: unknown check ids or
 * parameter names and bad values fail fast, naming the closest known names.
 *
 * <pre>{@code
 * Profile p = Profile.builder("jincheng-2022")
 *     .campaign("zouguochang-2021")
 *     .parameter("governance.emergency-plan.outdated", "maxAgeMonths", 24)
 *     .severity("archive.not-bound", Severity.MINOR)
 *     .build();
 * }</pre>
 *
 * @param name a name for reports
 * @param disabledChecks ids of checks not to run
 * @param parameters parameter values by check id, then by parameter name (raw: coerced when the inspector is built)
 * @param severities severity overrides by check id
 * @param campaigns ids of campaigns whose duties are checked
 */
public record Profile(
    String name,
    Set<String> disabledChecks,
    Map<String, Map<String, Object>> parameters,
    Map<String, Severity> severities,
    Set<String> campaigns) {

  /** The profile with every check on, defaults everywhere and no campaign. */
  public static Profile defaults() {
    return builder("default").build();
  }

  public Profile {
    checkArgument(name != null && !name.isBlank(), "profile name must not be blank");
    disabledChecks = Collections.unmodifiableSet(new TreeSet<>(disabledChecks));
    Map<String, Map<String, Object>> p = new TreeMap<>();
    parameters.forEach((k, v) -> p.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
    parameters = Collections.unmodifiableMap(p);
    severities = Collections.unmodifiableMap(new TreeMap<>(severities));
    campaigns = Collections.unmodifiableSet(new TreeSet<>(campaigns));
  }

  /** A builder. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder starting from this profile. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.disabled.addAll(disabledChecks);
    parameters.forEach((k, v) -> b.parameters.put(k, new LinkedHashMap<>(v)));
    b.severities.putAll(severities);
    b.campaigns.addAll(campaigns);
    return b;
  }

  /** Whether the check with {@code id} is enabled. */
  public boolean enabled(String id) {
    return !disabledChecks.contains(id);
  }

  /** Builds a {@link Profile}. */
  public static final class Builder {
    private final String name;
    private final Set<String> disabled = new TreeSet<>();
    private final Map<String, Map<String, Object>> parameters = new TreeMap<>();
    private final Map<String, Severity> severities = new TreeMap<>();
    private final Set<String> campaigns = new TreeSet<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Does not run the check {@code checkId}. */
    public Builder disable(String checkId) { disabled.add(checkNotNull(checkId)); return this; }

    /** Runs the check {@code checkId} again after {@link #disable}. */
    public Builder enable(String checkId) { disabled.remove(checkId); return this; }

    /** Sets a parameter: a value of its type, a number, or a string to parse. */
    public Builder parameter(String checkId, String name, Object value) {
      parameters.computeIfAbsent(checkNotNull(checkId), k -> new TreeMap<>()).put(checkNotNull(name), checkNotNull(value, "value of %s.%s", checkId, name));
      return this;
    }

    /** Overrides the severity of a check. */
    public Builder severity(String checkId, Severity severity) { severities.put(checkNotNull(checkId), checkNotNull(severity)); return this; }

    /** Turns on the duties of campaign {@code campaignId}. */
    public Builder campaign(String campaignId) { campaigns.add(checkNotNull(campaignId)); return this; }

    /** The profile. */
    public Profile build() {
      return new Profile(name, disabled, parameters, severities, campaigns);
    }
  }
}
