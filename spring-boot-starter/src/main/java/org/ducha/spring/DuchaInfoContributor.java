package org.ducha.spring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ducha.check.CheckDescriptor;
import org.ducha.engine.Inspector;
import org.ducha.engine.PackInfo;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Shows under {@code ducha} in the actuator's info endpoint what the application inspects with: the packs and their
 * versions, the profile, campaigns and language, and the check catalogue (id, group, severity, enabled, campaign).
 */
public class DuchaInfoContributor implements InfoContributor {

  private final Inspector inspector;

  /** Describes {@code inspector}. */
  public DuchaInfoContributor(Inspector inspector) {
    this.inspector = inspector;
  }

  @Override
  public void contribute(Info.Builder builder) {
    builder.withDetail("ducha", details(inspector));
  }

  /** The details, as maps and lists of strings and numbers (any JSON library writes them). */
  static Map<String, Object> details(Inspector inspector) {
    Map<String, Object> d = new LinkedHashMap<>();
    List<Map<String, Object>> packs = inspector.packInfos().stream().map(DuchaInfoContributor::pack).toList();
    d.put("packs", packs);
    d.put("profile", inspector.profile().name());
    d.put("campaigns", List.copyOf(inspector.profile().campaigns()));
    d.put("locale", inspector.locale().toLanguageTag());
    d.put("checks", inspector.catalogue().stream().map(c -> check(inspector, c)).toList());
    return d;
  }

  private static Map<String, Object> pack(PackInfo p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("version", p.version());
    m.put("checks", p.checkIds().size());
    return m;
  }

  private static Map<String, Object> check(Inspector inspector, CheckDescriptor c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("group", c.group().id());
    m.put("severity", inspector.profile().severities().getOrDefault(c.id(), c.defaultSeverity()).name());
    m.put("enabled", inspector.profile().enabled(c.id()));
    c.campaign().ifPresent(campaign -> m.put("campaign", campaign));
    return m;
  }
}
