package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ducha.check.CheckDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The catalogue loader: every problem of every pack at once, never thrown while loading; refusing problems apart
 * from those only a pack's author must fix; the refused checks left out, the rest still loaded.
 */
class CatalogueTest {

  private static Catalogue.Loader byHand() {
    return Catalogue.loader().discoverPacks(false);
  }

  @Test
  void loading_lists_every_refusal_of_every_pack_at_once_without_throwing() {
    Catalogue c = byHand().addPacks(new BrokenPacks.TwinPack(), new BrokenPacks.WrongPrefixPack(), new BrokenPacks.ReservedIdPack()).load();
    assertThat(c.refusals()).extracting(Catalogue.Problem::area).containsExactlyInAnyOrder("ids", "pack", "ids");
    assertThat(c.refusals()).extracting(Catalogue.Problem::text)
        .anyMatch(t -> t.contains("'twin.rooms.none'") && t.contains(BrokenPacks.TwinFirst.class.getName())
            && t.contains(BrokenPacks.TwinSecond.class.getName()))
        .anyMatch(t -> t.contains("'other.rooms.none'") && t.contains(BrokenPacks.ForeignCheck.class.getName()))
        .anyMatch(t -> t.contains("'archive'") && t.contains("reserved") && t.contains(BrokenPacks.ReservedIdPack.class.getName()));
    // orThrow names them all, one per line
    assertThatThrownBy(c::orThrow).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("twin.rooms.none").hasMessageContaining("other.rooms.none").hasMessageContaining("'archive'");
  }

  @Test
  void the_refused_checks_are_left_out_and_the_others_kept() {
    Catalogue c = byHand().addPacks(new BrokenPacks.TwinPack(), new DemoPack()).load();
    // the first twin stays; the second, clashing, is left out
    assertThat(c.checks()).containsKey("twin.rooms.none");
    assertThat(c.checks().get("twin.rooms.none")).isInstanceOf(BrokenPacks.TwinFirst.class);
    assertThat(c.descriptors()).extracting(CheckDescriptor::id).contains(DemoPack.ROOMS_NONE).isSorted();
    assertThat(c.packInfos()).extracting(PackInfo::id).containsExactly("demo", "twin");
  }

  @Test
  void a_pack_that_only_lacks_messages_is_not_refused_but_its_problems_are_listed() {
    // The test packs name a bundle that does not exist: an author's problem, not the engine's.
    Catalogue c = byHand().addPacks(new BrokenPacks.TwinPack()).onlyPacks(List.of("twin")).load();
    assertThat(c.problems()).filteredOn(p -> !p.refuses()).extracting(Catalogue.Problem::toString)
        .anyMatch(p -> p.startsWith("[messages] pack twin ships no zh-CN messages"))
        .anyMatch(p -> p.startsWith("[messages] twin.rooms.none: its title (key twin.rooms.none.title) has no en text"));
    assertThat(c.problems()).filteredOn(p -> !p.refuses()).allMatch(p -> !p.area().equals("ids"));
  }

  @Test
  void a_well_made_pack_loads_with_nothing_refused() {
    Catalogue c = byHand().addPacks(new DemoPack()).load();
    assertThat(c.refusals()).isEmpty();
    assertThat(c.orThrow()).isSameAs(c);
    assertThat(c.packs()).extracting(p -> p.id()).containsExactly("demo");
  }

  @Test
  void an_unknown_pack_in_only_packs_is_a_refusal_naming_the_closest() {
    assertThat(byHand().addPacks(new DemoPack()).onlyPacks(List.of("dmeo")).load().refusals())
        .singleElement().extracting(Catalogue.Problem::text).asString().contains("'dmeo'").contains("demo");
  }
}
