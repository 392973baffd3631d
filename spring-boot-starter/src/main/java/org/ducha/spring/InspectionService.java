package org.ducha.spring;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ducha.check.CheckDescriptor;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.formats.DataFormat;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.formats.Parsed;
import org.ducha.formats.ReportContext;
import org.ducha.formats.ReportFormat;
import org.ducha.formats.ReportWriter;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;

/**
 * The path from records to reports for a Spring host: inspection folders or files, one institution's document, or
 * the host's own {@link Institution} objects in; an {@link Inspected} report out, to be written in any format.
 * Honours the inspection file as the {@code ducha} command does: its campaigns are switched on, its dates and
 * institution order kept, and unreadable institutions stay in their place as not inspected.
 *
 * <p>This is the one class of the starter that assembles Ducha's reading, inspecting and writing; thread-safe.
 */
public class InspectionService {

  private final InspectorFactory factory;
  private final Inspector inspector;

  /** A service using {@code inspector} for institutions handed over as objects, and {@code factory} for files. */
  public InspectionService(InspectorFactory factory, Inspector inspector) {
    this.factory = factory;
    this.inspector = inspector;
  }

  /**
   * A report and what is needed to write it.
   *
   * @param report the report; institutions that could not be read are in it as NOT_INSPECTED, with their problems
   * @param context messages and language of the inspector that made it
   * @param inputProblems problems with the inspection file itself (its institutions were inspected all the same)
   */
  public record Inspected(InspectionReport report, ReportContext context, List<InputProblem> inputProblems) {

    public Inspected {
      inputProblems = List.copyOf(inputProblems);
    }

    /** Whether every input was read: no problem with the inspection file and no institution left not inspected. */
    public boolean complete() {
      return inputProblems.isEmpty() && report.notInspected().isEmpty();
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
   * JSON-lines files) or files, streaming — only the institutions being inspected are held.
   */
  public Inspected inspect(List<Path> paths) {
    InspectionReader reader = InspectionReader.of(paths);
    Optional<Parsed<Inspection>> parsedInspection = reader.readInspection();
    List<InputProblem> inspectionProblems = parsedInspection.map(Parsed::problems).orElse(List.of());
    Optional<Inspection> inspection = parsedInspection.flatMap(Parsed::value);
    // The campaigns the inspection file names are switched on, as the command does.
    Inspector used = factory.create(inspection.map(Inspection::campaigns).orElse(List.of()), false);
    List<InstitutionReport> reports = new ArrayList<>();
    try (Stream<InstitutionInput> inputs = reader.institutions(factory.parallelism())) {
      inspectAll(used, inputs, reports);
    }
    return new Inspected(used.report(inspection, reports), ReportContext.of(used), inspectionProblems);
  }

  /** Reads and inspects one institution's document ({@code source} names it in problems and the report). */
  public Inspected inspect(byte[] document, DataFormat format, String source) {
    InstitutionInput input = InspectionReader.institution(document, format, source);
    InstitutionReport report = input.institution().map(inspector::inspect).orElseGet(input::notInspectedReport);
    return new Inspected(inspector.report(Optional.empty(), List.of(report)), ReportContext.of(inspector), List.of());
  }

  /** Inspects the host's own institutions (validated first; invalid ones are reported NOT_INSPECTED). */
  public Inspected inspect(Optional<Inspection> inspection, Stream<Institution> institutions) {
    Inspector used = inspection.map(i -> factory.create(i.campaigns(), true)).orElse(inspector);
    return new Inspected(used.inspect(inspection, institutions), ReportContext.of(used), List.of());
  }

  /**
   * Inspects the institutions as they are read and adds their reports in reading order; an unreadable institution
   * keeps its place with its problems (as {@code ducha inspect} does).
   */
  private static void inspectAll(Inspector inspector, Stream<InstitutionInput> inputs, List<InstitutionReport> reports) {
    Deque<InstitutionInput> waiting = new ArrayDeque<>();
    Iterator<InstitutionInput> source = inputs.iterator();
    Iterator<Institution> readable = new Iterator<>() {
      private Institution next;

      @Override
      public boolean hasNext() {
        while (next == null && source.hasNext()) {
          InstitutionInput in = source.next();
          waiting.add(in);
          next = in.institution().orElse(null);
        }
        return next != null;
      }

      @Override
      public Institution next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Institution n = next;
        next = null;
        return n;
      }
    };
    Stream<Institution> institutions = StreamSupport.stream(Spliterators.spliteratorUnknownSize(readable, Spliterator.ORDERED), false);
    try (Stream<InstitutionReport> inspected = inspector.inspectEach(institutions)) {
      Iterator<InstitutionReport> it = inspected.iterator();
      while (it.hasNext()) {
        InstitutionReport report = it.next();
        for (InstitutionInput in = waiting.removeFirst(); in.institution().isEmpty(); in = waiting.removeFirst()) {
          reports.add(in.notInspectedReport());
        }
        reports.add(report);
      }
    }
    for (InstitutionInput in : waiting) {
      reports.add(in.notInspectedReport());
    }
  }
}
