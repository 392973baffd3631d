package org.ducha.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ducha.formats.workbook.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ducha template}: writes the empty workbook an institution's records are kept in — one sheet per form with
 * Chinese headers, drop-downs of the labels of enumerated values, date cells, and a guide sheet (填写说明) — as
 * {@value #FILE_NAME} in the folder given.
 */
// Texts: Messages_zh/_en.properties, keys ducha.template.* and template.*.
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {

  /** The template's file name: a clerk copies it once per institution and renames the copy. */
  static final String FILE_NAME = "机构记录模板.xlsx";

  @Option(names = "--out", paramLabel = "DIR", defaultValue = ".")
  Path out;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CliMessages messages = CliMessages.of(spec);
    Path file = out.resolve(FILE_NAME);
    try {
      Files.createDirectories(out);
      AtomicFile.write(file, WorkbookWriter::template);
    } catch (IOException e) {
      spec.commandLine().getErr().println(messages.text("template.failed", file.toString(), String.valueOf(e.getMessage())));
      return Main.BAD_INPUT;
    }
    spec.commandLine().getOut().println(messages.text("template.wrote", file.toString()));
    return Main.OK;
  }
}
