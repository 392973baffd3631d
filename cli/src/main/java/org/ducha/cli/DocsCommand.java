package org.ducha.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ducha.engine.Inspector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ducha docs}: writes the catalogue of the loaded checks as Markdown, in English and in Chinese. */
// Texts: Messages_zh/_en.properties, keys ducha.docs.* and docs.*.
@Command(name = "docs", mixinStandardHelpOptions = true)
final class DocsCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs")
  Path out;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Inspector inspector = Inspector.builder().build();
    List<Path> written = CatalogueDocument.write(inspector, out);
    for (Path p : written) {
      spec.commandLine().getOut().println(CliMessages.of(spec).text("docs.wrote", p.toString(), inspector.catalogue().size()));
    }
    return Main.OK;
  }
}
