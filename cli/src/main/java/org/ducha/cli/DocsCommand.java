package org.ducha.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ducha.engine.Inspector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ducha docs}: writes the catalogue of the loaded checks as Markdown, in English and in Chinese. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "Writes the catalogue of the loaded checks as Markdown: checks.md (English) and checks.zh-CN.md.")
final class DocsCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs", description = "Folder to write into (default: docs).")
  Path out;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Inspector inspector = Inspector.builder().build();
    List<Path> written = CatalogueDocument.write(inspector, out);
    for (Path p : written) {
      spec.commandLine().getOut().println("wrote " + p + " (" + inspector.catalogue().size() + " checks)");
    }
    return Main.OK;
  }
}
