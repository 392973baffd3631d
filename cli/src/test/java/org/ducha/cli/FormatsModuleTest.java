package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.ducha.formats.DataFormat;
import org.junit.jupiter.api.Test;

/**
 * The formats module as the command meets it on the module path: an explicit module (not an automatic one), exporting
 * its API package only. Built to {@code package} or beyond, formats is the published jar, with Jackson relocated inside
 * and the descriptor added after shading; these tests then check that descriptor and run the command with it.
 */
class FormatsModuleTest {

  private static ModuleDescriptor formats() {
    Module m = DataFormat.class.getModule();
    assertThat(Main.class.getModule().isNamed()).as("the command's tests run on the module path").isTrue();
    assertThat(m.isNamed()).isTrue();
    return m.getDescriptor();
  }

  private static boolean fromPublishedJar() throws URISyntaxException {
    Path where = Path.of(DataFormat.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Files.isRegularFile(where);
  }

  @Test
  void formats_is_an_explicit_module_exporting_only_its_api() {
    ModuleDescriptor d = formats();
    assertThat(d.name()).isEqualTo("org.ducha.formats");
    assertThat(d.isAutomatic()).isFalse();
    assertThat(d.isOpen()).isFalse();
    assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse())
        .extracting(Exports::source).containsExactly("org.ducha.formats");
    assertThat(d.opens()).isEmpty();
    Map<String, Requires> requires = d.requires().stream().collect(Collectors.toMap(Requires::name, r -> r));
    assertThat(requires.get("org.ducha.core").modifiers()).contains(Requires.Modifier.TRANSITIVE);
    assertThat(requires).containsKey("org.snakeyaml.engine");
  }

  @Test
  void the_published_jar_carries_jackson_inside_and_requires_none_of_its_modules() throws URISyntaxException {
    assumeTrue(fromPublishedJar(), "formats is read from its classes folder (built to test only), not its jar");
    ModuleDescriptor d = formats();
    assertThat(d.requires()).extracting(Requires::name)
        .noneMatch(n -> n.startsWith("tools.jackson") || n.startsWith("com.fasterxml.jackson"));
    assertThat(d.packages()).contains("org.ducha.formats.shaded.jackson.databind", "org.ducha.formats.shaded.jackson.dataformat.yaml",
        "org.ducha.formats.shaded.jackson.annotation");
    // The relocated Jackson is this module's own, unexported and unread by anyone else.
    assertThat(DataFormat.class.getModule().isExported("org.ducha.formats.shaded.jackson.databind")).isFalse();
  }

  @Test
  void the_command_inspects_the_jincheng_example_with_the_module_as_it_is() {
    formats();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"inspect", "../examples/jincheng-2022", "--format", "json"}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isEqualTo(Main.OK);
    // JSON written and YAML read through the relocated Jackson: every institution of the inspection, in its order.
    assertThat(out.toString()).contains("\"institutionId\" : \"jincheng-exam-centre\"", "\"institutionId\" : \"jinpushan-coal-training-centre\"");
  }
}
