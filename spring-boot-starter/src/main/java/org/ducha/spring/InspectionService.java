package org.ducha.spring;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.ducha.check.CheckDescriptor;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.Inspector;
import org.ducha.formats.DataFormat;
import org.ducha.formats.InspectionFiles;
import org.ducha.formats.ReportContext;
import org.ducha.formats.ReportFormat;
import org.ducha.formats.ReportWriter;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;

/**
 * The path from records to reports for a Spring host: inspection folders or files, one institution's document, or
 * the host's own {@link Institution} objects in; an {@link Inspected} report out, to be written in any format. Files
 * and documents go through the library's {@link InspectionFiles}, the path {@code ducha inspect} takes: the inspection
 * file's campaigns are switched on, its dates and institution order kept, and unreadable institutions stay in their
 * place as not inspected.
 *
 * <p>Every path uses the one application {@link Inspector} (with the inspection's campaigns added when there is an
 * inspection); thread-safe.
 */
public class InspectionService {

  private final Inspector inspector;

  /** A service inspecting with {@code inspector}. */
  public InspectionService(Inspector inspector) {
    this.inspector = Objects.requireNonNull(inspector, "inspector");
  }

  /**
   * A report and what is needed to write it.
   *
   * @param report the report; institutions that could not be read are in it as NOT_INSPECTED, with their problems
   * @param context messages and language of the inspector that made it
   * @param inputProblems problems with the inspection file itself (its institutions were inspected all the same)
   * @param stopped why inspecting stopped before the end, when it did (see {@link InspectionFiles.Result#stopped()})
   */
  public record Inspected(InspectionReport report, ReportContext context, List<InputProblem> inputProblems,
      Optional<String> stopped) {

    public Inspected {
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(context, "context");
      inputProblems = List.copyOf(inputProblems);
      Objects.requireNonNull(stopped, "stopped");
    }

    /** What the library's {@link InspectionFiles} gave. */
    public static Inspected of(InspectionFiles.Result result) {
      return new Inspected(result.report(), ReportContext.of(result.inspector()), result.inspectionProblems(), result.stopped());
    }

    /**
     * Whether every input was read and inspected: no problem with the inspection file, no institution left not
     * inspected, and the run not stopped.
     */
    public boolean complete() {
      return inputProblems.isEmpty() && report.notInspected().isEmpty() && stopped.isEmpty();
    }

    /** Writes the report in {@code format}; does not close {@code out}. */
    public void write(ReportFormat format, Writer out) throws IOException {
      ReportWriter.of(format).write(report, context, out);
    }
  }

  /** The catalogue: every check of the packs in use, enabled or not, by id. */
  public List<CheckDescriptor> catalogue() {
    return inspector.catalogue();
  }

  /** The application's inspector (the properties' profile and campaigns). */
  public Inspector inspector() {
    return inspector;
  }

  /**
   * Reads and inspects {@code paths}: folders (an {@code inspection.yaml|json} and one file per institution, or
   * JSON-lines files) or files, streaming — only the institutions being inspected are held. See
   * {@link InspectionFiles#inspect(Inspector)}.
   */
  public Inspected inspect(List<Path> paths) {
    return Inspected.of(InspectionFiles.of(paths).inspect(inspector));
  }

  /**
   * Reads and inspects one institution's document ({@code source} names it in problems and the report). See
   * {@link InspectionFiles#inspectDocument}.
   */
  public Inspected inspect(byte[] document, DataFormat format, String source) {
    return Inspected.of(InspectionFiles.inspectDocument(inspector, document, format, source));
  }

  /**
   * Inspects the host's own institutions (validated first, if the inspector validates records as the application's
   * does; invalid ones are reported NOT_INSPECTED), with the campaigns {@code inspection} names switched on.
   */
  public Inspected inspect(Optional<Inspection> inspection, Stream<Institution> institutions) {
    Inspector used = inspection.map(i -> inspector.withCampaigns(i.campaigns())).orElse(inspector);
    return new Inspected(used.inspect(inspection, institutions), ReportContext.of(used), List.of(), Optional.empty());
  }
}
