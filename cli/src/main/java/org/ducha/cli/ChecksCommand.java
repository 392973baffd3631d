package org.ducha.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.engine.Catalogue;
import org.ducha.engine.MessageCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code ducha checks}: the catalogue of loaded checks. */
// Texts: Messages_zh/_en.properties, keys ducha.checks.* and checks.*.
@Command(name = "checks", mixinStandardHelpOptions = true)
final class ChecksCommand implements Callable<Integer> {

  @Mixin
  InputOptions input;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Catalogue catalogue = Catalogue.loader().load().orThrow();
    if (input.profile != null) {
      input.inspector(); // the profile's check ids, parameters and values, validated against the catalogue
    }
    Locale locale = input.locale();
    MessageCatalog m = MessageCatalog.of(catalogue.packs(), Map.of());
    var out = spec.commandLine().getOut();
    catalogue.problems().forEach(p -> spec.commandLine().getErr().println("ducha: " + p));
    CliMessages msg = CliMessages.of(spec);
    catalogue.packInfos().forEach(p -> out.println("# pack " + p.id() + " " + p.version() + " " + msg.text("checks.pack-count", p.checkIds().size())));
    out.println();
    for (CheckDescriptor d : catalogue.descriptors()) {
      out.println(d.id() + "  [" + d.group().id() + ", " + d.defaultSeverity() + "]  " + m.title(d, locale));
      out.println("    " + m.format(d.group().titleKey(), Map.of(), locale) + "; "
          + m.format(d.applicability().descriptionKey(), Map.of(), locale)
          + d.campaign().map(c -> "; " + msg.text("checks.campaign", c)).orElse(""));
      out.println("    " + d.regulations().stream().map(RegulationRef::citation).collect(Collectors.joining("; ")));
      for (Parameter<?> p : d.parameters()) {
        String bounds = p.min().isPresent() || p.max().isPresent()
            ? " [" + p.min().map(Object::toString).orElse("") + ".." + p.max().map(Object::toString).orElse("") + "]" : "";
        String defaults = p.defaults().entrySet().stream()
            .map(e -> (e.getKey().equals(java.time.LocalDate.MIN) ? "" : msg.text("checks.from", e.getKey().toString())) + e.getValue())
            .collect(Collectors.joining(", "));
        out.println("    " + p.name() + " = " + defaults + bounds + "  " + m.format(p.descriptionKey(), Map.of(), locale));
      }
    }
    out.println();
    out.println(msg.text("checks.count", catalogue.descriptors().size()));
    return Main.OK;
  }
}
