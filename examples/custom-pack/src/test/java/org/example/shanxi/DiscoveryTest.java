package org.example.shanxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.lang.module.ModuleDescriptor;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.engine.Inspector;
import org.ducha.engine.PackInfo;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/**
 * Ducha finds the pack as it finds its own: through ServiceLoader. Run twice by the build, with the pack on the module
 * path (found through module-info's {@code provides}) and on the class path (found through META-INF/services).
 */
class DiscoveryTest {

  @Test
  void an_inspector_with_discovery_on_loads_the_pack_beside_the_first_party_packs() {
    Inspector inspector = Inspector.builder().build();
    assertThat(inspector.packInfos()).extracting(PackInfo::id).contains("shanxi", "archive", "governance", "staffing", "facilities");
    assertThat(inspector.packInfos()).filteredOn(p -> p.id().equals("shanxi")).singleElement()
        .satisfies(p -> assertThat(p.checkIds()).containsExactly(ClassTooLarge.ID, TeacherDailyHours.ID));
    assertThat(inspector.catalogue()).extracting(CheckDescriptor::id).contains(TeacherDailyHours.ID, ClassTooLarge.ID);
    // its messages are read, on the module path through `opens org.example.shanxi to org.ducha.core`
    assertThat(inspector.messages().title(new TeacherDailyHours().descriptor(), java.util.Locale.ENGLISH))
        .isEqualTo("Teacher taught too many hours in a day");
  }

  @Test
  void the_discovered_pack_finds_what_it_should() {
    CheckTester tester = CheckTester.discovered().onlyPack(ShanxiPack.ID);
    DuchaAssertions.assertThat(tester.execute(Fixtures.cleanInstitution())).hasNoFindings();
    DuchaAssertions.assertThat(tester.execute(Mutations.enrol(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, 46)))
        .hasFindingsExactlyOf(ClassTooLarge.ID);
  }

  @Test
  void the_pack_is_registered_both_ways() throws IOException {
    try (InputStream in = ShanxiPack.class.getModule().getResourceAsStream("META-INF/services/org.ducha.check.CheckPack")) {
      assertThat(in).as("META-INF/services/org.ducha.check.CheckPack").isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()).isEqualTo(ShanxiPack.class.getName());
    }
    Module module = ShanxiPack.class.getModule();
    if (module.isNamed()) {
      ModuleDescriptor d = module.getDescriptor();
      assertThat(d.provides()).anySatisfy(p -> {
        assertThat(p.service()).isEqualTo(CheckPack.class.getName());
        assertThat(p.providers()).containsExactly(ShanxiPack.class.getName());
      });
      assertThat(d.opens()).anySatisfy(o -> {
        assertThat(o.source()).isEqualTo("org.example.shanxi");
        assertThat(o.targets()).containsExactly("org.ducha.core");
      });
    }
  }

  @Test
  void ducha_checks_lists_the_pack_when_its_jar_is_on_the_class_path() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = org.ducha.cli.Main.run(new String[] {"checks", "--locale", "en"}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("# pack shanxi 1.0.0 (2 checks)")
        .contains("shanxi.teacher.daily-hours  [shanxi, MINOR]  Teacher taught too many hours in a day")
        .contains("shanxi.class.too-large  [shanxi, MINOR]  Class too large")
        .contains("EXAMPLE-SHANXI 本示例自定的地方规则，并非山西省或任何机关的规定：每个培训班学员不超过50人")
        .contains("maxTrainees = 50 [1..500]");
  }
}
