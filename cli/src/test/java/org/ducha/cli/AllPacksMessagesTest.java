package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.junit.jupiter.api.Test;

/** Every pack on the class path ships every message in zh-CN and en. */
class AllPacksMessagesTest {

  private final Inspector inspector = Inspector.builder().build();

  @Test
  void the_four_first_party_packs_are_discovered() {
    assertThat(inspector.packInfos()).extracting(p -> p.id()).containsExactly("archive", "facilities", "governance", "staffing");
  }

  @Test
  void every_bundle_has_the_same_keys_in_both_languages() {
    List<String> problems = new ArrayList<>();
    inspector.messages().shippedKeys().forEach((bundle, byLocale) -> {
      Set<String> zh = byLocale.getOrDefault("zh_CN", Set.of());
      Set<String> en = byLocale.getOrDefault("en", Set.of());
      assertThat(zh).as("%s ships zh-CN messages", bundle).isNotEmpty();
      Set<String> onlyZh = new TreeSet<>(zh);
      onlyZh.removeAll(en);
      Set<String> onlyEn = new TreeSet<>(en);
      onlyEn.removeAll(zh);
      onlyZh.forEach(k -> problems.add(bundle + ": " + k + " has no en text"));
      onlyEn.forEach(k -> problems.add(bundle + ": " + k + " has no zh-CN text"));
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void every_key_a_descriptor_names_has_a_text_in_both_languages() {
    List<String> missing = new ArrayList<>();
    for (CheckDescriptor d : inspector.catalogue()) {
      List<String> keys = new ArrayList<>(List.of(d.messageKey(), d.titleKey(), d.group().titleKey(), d.applicability().descriptionKey()));
      for (Parameter<?> p : d.parameters()) {
        keys.add(p.descriptionKey());
      }
      for (String key : keys) {
        for (var locale : MessageCatalog.SUPPORTED) {
          if (inspector.messages().text(key, locale).isEmpty()) {
            missing.add(d.id() + ": " + key + " in " + locale);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void severities_have_names_in_both_languages() {
    for (var s : org.ducha.finding.Severity.values()) {
      for (var locale : MessageCatalog.SUPPORTED) {
        assertThat(inspector.messages().format("severity." + s.name(), Map.of(), locale)).doesNotContain("⟦");
      }
    }
  }
}
