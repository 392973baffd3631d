package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.finding.Finding;
import org.ducha.model.Institution;
import org.ducha.model.TestFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the inspector finds and loads packs: ServiceLoader discovery (the test resources register
 * {@link DiscoveredPack}), packs added by hand, and the refusal of packs whose ids are wrong.
 */
class PackLoadingTest {

  private static final Institution HEADLESS = TestFixtures.institution().with(b -> b.headId(null));

  private static Inspector.Builder byHand(CheckPack... packs) {
    return Inspector.builder().discoverPacks(false).addPacks(packs);
  }

  // --- discovery ---

  @Test
  void discovers_packs_registered_in_meta_inf_services_on_the_class_path() {
    Inspector inspector = Inspector.builder().build();

    assertThat(inspector.packs()).extracting(CheckPack::id).containsExactly(DiscoveredPack.ID);
    assertThat(inspector.packInfos()).containsExactly(
        new PackInfo(DiscoveredPack.ID, "2.0.0", DiscoveredPack.class.getName(), List.of(DiscoveredPack.CHECK_ID)));
    assertThat(inspector.inspect(HEADLESS).findings()).extracting(Finding::checkId).containsExactly(DiscoveredPack.CHECK_ID);
  }

  @Test
  void hand_added_packs_join_discovered_ones_sorted_by_pack_id() {
    Inspector inspector = Inspector.builder().addPacks(new FaultyPack(), new DemoPack()).build();

    assertThat(inspector.packs()).extracting(CheckPack::id).containsExactly("demo", "discovered", "faulty");
    assertThat(inspector.catalogue()).extracting(CheckDescriptor::id).contains(DemoPack.ROOMS_NONE, DiscoveredPack.CHECK_ID);
  }

  @Test
  void a_pack_both_discovered_and_added_by_hand_is_loaded_once() {
    Inspector inspector = Inspector.builder().addPacks(new DiscoveredPack()).build();

    assertThat(inspector.packs()).extracting(CheckPack::id).containsExactly(DiscoveredPack.ID);
    assertThat(inspector.inspect(HEADLESS).findings()).hasSize(1);
  }

  @Test
  void with_discovery_off_only_hand_added_packs_run() {
    Inspector inspector = byHand(new DemoPack()).build();

    assertThat(inspector.packs()).extracting(CheckPack::id).containsExactly(DemoPack.ID);
    assertThat(inspector.catalogue()).extracting(CheckDescriptor::id).doesNotContain(DiscoveredPack.CHECK_ID);
    InstitutionReport report = inspector.inspect(HEADLESS);
    assertThat(report.outcome(DiscoveredPack.CHECK_ID)).isEmpty();
    assertThat(report.findings()).extracting(Finding::checkId).doesNotContain(DiscoveredPack.CHECK_ID);
  }

  @Test
  void with_discovery_off_and_no_pack_added_nothing_runs() {
    Inspector inspector = byHand().build();

    assertThat(inspector.packs()).isEmpty();
    InstitutionReport report = inspector.inspect(HEADLESS);
    assertThat(report.status()).isEqualTo(InspectionStatus.INSPECTED);
    assertThat(report.outcomes()).isEmpty();
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void discovers_through_the_class_loader_it_is_given() throws IOException {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThat(Inspector.builder().classLoader(empty).build().packs()).isEmpty();
    }
  }

  @Test
  void a_registered_provider_that_cannot_be_loaded_fails_the_build(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(CheckPack.class.getName()), "org.ducha.engine.NoSuchPack\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> Inspector.builder().classLoader(loader).build())
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining("could not be loaded")
          .hasMessageContaining("org.ducha.engine.NoSuchPack");
    }
  }

  // --- refused ids ---

  @Test
  void refuses_two_checks_with_one_id_naming_both_check_classes() {
    assertThatThrownBy(() -> byHand(new BrokenPacks.TwinPack()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'twin.rooms.none'")
        .hasMessageContaining(BrokenPacks.TwinFirst.class.getName())
        .hasMessageContaining(BrokenPacks.TwinSecond.class.getName());
  }

  @Test
  void refuses_the_same_check_id_in_two_packs_as_a_clash_of_their_pack_ids() {
    // Check ids start with their pack's id and pack ids are unique, so the same check id can come from two
    // packs only as two packs with the same id: the clash is reported there, naming both pack classes.
    assertThatThrownBy(() -> byHand(new BrokenPacks.ClashPackOne(), new BrokenPacks.ClashPackTwo()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'clash'")
        .hasMessageContaining(BrokenPacks.ClashPackOne.class.getName())
        .hasMessageContaining(BrokenPacks.ClashPackTwo.class.getName());
  }

  @Test
  void refuses_a_malformed_check_id_naming_the_check_class_and_the_pack_class() {
    assertThatThrownBy(() -> byHand(new BrokenPacks.MalformedIdPack()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining(BrokenPacks.MalformedIdCheck.BAD_ID)
        .hasMessageContaining(BrokenPacks.MalformedIdCheck.class.getName())
        .hasMessageContaining(BrokenPacks.MalformedIdPack.class.getName());
  }

  @Test
  void refuses_a_malformed_id_in_a_static_descriptor_naming_the_check_class_and_the_pack_class() {
    // The first attempt fails the check class's initialisation; later ones find the class unusable.
    for (int attempt = 1; attempt <= 2; attempt++) {
      assertThatThrownBy(() -> byHand(new BrokenPacks.StaticMalformedIdPack()).build())
          .as("attempt %s", attempt)
          .isInstanceOf(ConfigurationException.class)
          .hasMessageContaining(BrokenPacks.StaticMalformedIdCheck.BAD_ID)
          .hasMessageContaining(BrokenPacks.StaticMalformedIdCheck.class.getName())
          .hasMessageContaining(BrokenPacks.StaticMalformedIdPack.class.getName());
    }
  }

  @Test
  void refuses_a_check_id_that_does_not_start_with_its_pack_id() {
    assertThatThrownBy(() -> byHand(new BrokenPacks.WrongPrefixPack()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'other.rooms.none'")
        .hasMessageContaining("'prefix.'")
        .hasMessageContaining(BrokenPacks.ForeignCheck.class.getName())
        .hasMessageContaining(BrokenPacks.WrongPrefixPack.class.getName());
  }

  @Test
  void refuses_a_reserved_pack_id_outside_org_ducha_checks() {
    assertThat(Inspector.RESERVED_PACK_IDS).contains("archive");
    assertThatThrownBy(() -> byHand(new BrokenPacks.ReservedIdPack()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'archive'")
        .hasMessageContaining("reserved")
        .hasMessageContaining(BrokenPacks.ReservedIdPack.class.getName());
  }

  @Test
  void refuses_two_packs_with_one_id_naming_both_pack_classes() {
    assertThatThrownBy(() -> byHand(new BrokenPacks.ClashPackTwo(), new BrokenPacks.ClashPackOne()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("pack id 'clash'")
        .hasMessageContaining(BrokenPacks.ClashPackOne.class.getName())
        .hasMessageContaining(BrokenPacks.ClashPackTwo.class.getName());
  }

  @Test
  void refuses_a_malformed_pack_id_naming_the_pack_class() {
    assertThatThrownBy(() -> byHand(new BrokenPacks.MalformedPackIdPack()).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'Demo Pack'")
        .hasMessageContaining(BrokenPacks.MalformedPackIdPack.class.getName());
  }

  @Test
  void only_packs_keeps_the_named_packs_of_those_discovered_and_added() {
    Inspector inspector = Inspector.builder().addPacks(new FaultyPack(), new DemoPack()).onlyPacks(DiscoveredPack.ID, "demo").build();
    assertThat(inspector.packs()).extracting(CheckPack::id).containsExactly("demo", DiscoveredPack.ID);
  }

  @Test
  void only_packs_refuses_an_unknown_pack_id_naming_the_closest() {
    assertThatThrownBy(() -> Inspector.builder().addPacks(new DemoPack()).onlyPacks("dmeo").build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'dmeo'")
        .hasMessageContaining("demo");
  }
}
