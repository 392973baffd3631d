package org.ducha.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.ducha.engine.InputProblem;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ducha validate}: reads and validates, reporting every problem of every file. */
// Texts: Messages_zh/_en.properties, keys ducha.validate.* and validate.*.
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "ducha.validate.PATH")
  List<Path> paths;

  @picocli.CommandLine.Option(names = "--locale", paramLabel = "LOCALE", completionCandidates = InputOptions.Locales.class)
  String locale;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CliMessages msg = CliMessages.of(spec);
    java.util.Locale l = InputOptions.locale(locale, msg);
    InspectionReader reader = InspectionReader.of(InputOptions.nonEmpty(paths));
    var out = spec.commandLine().getOut();
    int bad = 0;
    int files = 0;
    var inspection = reader.readInspection(InputOptions.knownCampaigns());
    if (inspection.isPresent()) {
      files++;
      if (!inspection.get().ok()) {
        bad++;
        out.println(msg.text("validate.problems", inspection.get().source().toString(), inspection.get().problems().size()));
        inspection.get().problems().forEach(p -> out.println("  " + p.render(l)));
      }
    }
    try (Stream<InstitutionInput> inputs = reader.institutions()) {
      for (InstitutionInput in : (Iterable<InstitutionInput>) inputs::iterator) {
        files++;
        if (in.institution().isEmpty()) {
          bad++;
          out.println(msg.text("validate.problems", in.source().toString(), in.problems().size()));
          for (InputProblem p : in.problems()) {
            out.println("  " + p.render(l));
          }
        }
      }
    }
    out.println(bad == 0 ? msg.text("validate.valid", files) : msg.text("validate.invalid", bad, files));
    return bad == 0 ? Main.OK : Main.BAD_INPUT;
  }
}
