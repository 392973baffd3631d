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
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Reads and validates inspection data without inspecting; lists every problem of every file.",
        "Exit code: 0 when all is valid, 2 otherwise."})
final class ValidateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Folders or files, as for inspect.")
  List<Path> paths;

  @picocli.CommandLine.Option(names = "--locale", paramLabel = "LOCALE", defaultValue = "zh-CN", description = "zh-CN (default) or en.")
  String locale;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    java.util.Locale l = InputOptions.locale(locale);
    InspectionReader reader = InspectionReader.of(InputOptions.nonEmpty(paths));
    var out = spec.commandLine().getOut();
    int bad = 0;
    int files = 0;
    var inspection = reader.readInspection(InputOptions.knownCampaigns());
    if (inspection.isPresent()) {
      files++;
      if (!inspection.get().ok()) {
        bad++;
        out.println(inspection.get().source() + ": " + inspection.get().problems().size() + " problem(s)");
        inspection.get().problems().forEach(p -> out.println("  " + p.render(l)));
      }
    }
    try (Stream<InstitutionInput> inputs = reader.institutions()) {
      for (InstitutionInput in : (Iterable<InstitutionInput>) inputs::iterator) {
        files++;
        if (in.institution().isEmpty()) {
          bad++;
          out.println(in.source() + ": " + in.problems().size() + " problem(s)");
          for (InputProblem p : in.problems()) {
            out.println("  " + p.render(l));
          }
        }
      }
    }
    out.println(bad == 0 ? "valid: " + files + " document(s)" : "invalid: " + bad + " of " + files + " document(s)");
    return bad == 0 ? Main.OK : Main.BAD_INPUT;
  }
}
