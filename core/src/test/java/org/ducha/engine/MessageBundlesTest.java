package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.ducha.check.Applicability;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.junit.jupiter.api.Test;

/** Every message key exists in both languages: the core's own bundle, and the test packs' as a pack's contract test would do. */
class MessageBundlesTest {

  private static Properties load(String path) throws IOException {
    try (InputStream in = MessageCatalog.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as("bundle %s", path).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  @Test
  void every_key_of_the_core_bundles_exists_in_both_languages() throws IOException {
    Set<String> zh = load("org/ducha/engine/messages_zh_CN.properties").stringPropertyNames();
    Set<String> en = load("org/ducha/engine/messages_en.properties").stringPropertyNames();

    assertThat(zh).isNotEmpty();
    assertThat(en).as("keys of messages_zh_CN missing from messages_en").containsAll(zh);
    assertThat(zh).as("keys of messages_en missing from messages_zh_CN").containsAll(en);
  }

  @Test
  void the_catalogue_reports_the_same_core_keys_in_both_languages() {
    Map<String, Set<String>> core = MessageCatalog.of(List.of(), Map.of()).shippedKeys().get("core");

    assertThat(core).containsOnlyKeys("zh_CN", "en");
    assertThat(core.get("zh_CN")).isNotEmpty().isEqualTo(core.get("en"));
  }

  @Test
  void the_core_bundles_name_every_group_severity_and_applicability_of_the_core() {
    List<String> keys = new ArrayList<>();
    for (Group g : List.of(Group.GOVERNANCE, Group.ARCHIVE, Group.STAFFING, Group.FACILITIES)) {
      keys.add(g.titleKey());
    }
    for (Severity s : Severity.values()) {
      keys.add("severity." + s.name());
    }
    for (Applicability a : List.of(Applicability.ALL, Applicability.EXAM_SITES, Applicability.ONLINE_TRAINING)) {
      keys.add(a.descriptionKey());
    }
    MessageCatalog messages = MessageCatalog.of(List.of(), Map.of());

    for (String key : keys) {
      for (var locale : MessageCatalog.SUPPORTED) {
        assertThat(messages.text(key, locale)).as("%s in %s", key, locale).isPresent();
      }
    }
  }

  @Test
  void every_key_a_test_pack_uses_exists_in_both_languages() {
    Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new DemoPack(), new FaultyPack(), new DiscoveredPack()).build();
    Map<String, Map<String, Set<String>>> shipped = inspector.messages().shippedKeys();

    for (String pack : List.of("demo", "faulty", "discovered")) {
      assertThat(shipped.get(pack).get("zh_CN")).as(pack).isNotEmpty().isEqualTo(shipped.get(pack).get("en"));
    }
    for (CheckDescriptor d : inspector.catalogue()) {
      Set<String> zh = shipped.get(d.packPrefix()).get("zh_CN");
      assertThat(zh).contains(d.messageKey(), d.titleKey());
      for (Parameter<?> p : d.parameters()) {
        assertThat(zh).contains(p.descriptionKey());
      }
    }
  }
}
