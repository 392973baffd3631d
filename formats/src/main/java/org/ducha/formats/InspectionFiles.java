package org.ducha.formats;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionAbortedException;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InspectionRun;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;

/**
 * The library's one path from data files to an inspection report, the path {@code ducha inspect} takes: the
 * inspection file is honoured (the campaigns it names are turned on, its institutions come out in the order it
 * lists them), institutions are read and inspected as they stream past, in parallel if the inspector is, and an
 * institution whose file cannot be read keeps its place in the report as NOT_INSPECTED with every problem.
 *
 * <pre>{@code
 * Inspector inspector = Inspector.builder().validateRecords(false).build();   // the reader validates the records
 * InspectionFiles.Result result = InspectionFiles.of(List.of(Path.of("examples/jincheng-2022"))).inspect(inspector);
 * ReportWriter.of(ReportFormat.MARKDOWN).write(result.report(), ReportContext.of(result.inspector()), out);
 * }</pre>
 *
 * <p>Memory grows with the largest institution, not with their number: only the institutions being read or
 * inspected (a few per thread) are held; the report holds findings, not records. Call only; not for extension.
 */
public final class InspectionFiles {

  /**
   * What came of inspecting the files.
   *
   * @param inspection the inspection, when its file was given and valid
   * @param inspectionProblems every problem of the inspection file; empty when it was valid or not given
   * @param report the report: every institution, in the order the inspection lists them (the others after, in reading
   *     order), those that could not be read as NOT_INSPECTED with their problems
   * @param inspector the inspector that inspected them, with the inspection's campaigns on: the one to render the
   *     report with
   * @param unreadable whether some input could not be read: the inspection file or an institution's
   * @param stopped why inspecting stopped before the end, when it did (out of memory, too many runaway checks): the
   *     report then holds the institutions done before, and those the inspection lists but the run did not reach as
   *     NOT_INSPECTED, so that its counts say how many were inspected
   */
  public record Result(Optional<Inspection> inspection, List<InputProblem> inspectionProblems, InspectionReport report,
      Inspector inspector, boolean unreadable, Optional<String> stopped) {

    public Result {
      Objects.requireNonNull(inspection, "inspection");
      Objects.requireNonNull(stopped, "stopped");
      inspectionProblems = List.copyOf(inspectionProblems);
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(inspector, "inspector");
    }
  }

  private final InspectionReader reader;

  private InspectionFiles(InspectionReader reader) {
    this.reader = reader;
  }

  /** The files of {@code paths}, as {@link InspectionReader#of} finds them; fails on a path that is not a data file or folder. */
  public static InspectionFiles of(List<Path> paths) {
    return new InspectionFiles(InspectionReader.of(paths));
  }

  /** The reader of the files. */
  public InspectionReader reader() {
    return reader;
  }

  /** How many institutions there are, when every file holds one (JSON-lines files are counted only as they are read). */
  public OptionalLong institutionCount() {
    boolean lines = reader.institutionFiles().stream()
        .anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl"));
    return lines ? OptionalLong.empty() : OptionalLong.of(reader.institutionFiles().size());
  }

  /** Inspects every institution of the files with {@code inspector} (and the inspection's campaigns); see {@link Result}. */
  public Result inspect(Inspector inspector) {
    return inspect(inspector, r -> { });
  }

  /**
   * Inspects every institution of the files with {@code inspector}, with the campaigns the inspection file names
   * turned on; {@code inspected} is told of each institution inspected, as it is, in reading order (for progress).
   * The files are parsed on as many threads as the inspector inspects on.
   */
  public Result inspect(Inspector inspector, Consumer<InstitutionReport> inspected) {
    // The campaigns an inspection file may name: those of the checks loaded.
    Set<String> knownCampaigns = new TreeSet<>();
    inspector.catalogue().forEach(d -> d.campaign().ifPresent(knownCampaigns::add));
    Optional<Parsed<Inspection>> parsed = reader.readInspection(knownCampaigns);
    List<InputProblem> problems = parsed.map(Parsed::problems).orElse(List.of());
    Optional<Inspection> inspection = parsed.flatMap(Parsed::value);
    Inspector used = inspection.map(i -> inspector.withCampaigns(i.campaigns())).orElse(inspector);
    List<InstitutionReport> reports = new ArrayList<>();
    boolean unreadable = !problems.isEmpty();
    Optional<String> stopped = Optional.empty();
    // The inspection-scope checks collect facts as institutions stream past and judge them when the report is made.
    InspectionRun run = used.newRun();
    try (Stream<InstitutionInput> inputs = reader.institutions(used.parallelism())) {
      unreadable |= inspectAll(run, inputs, reports, inspected);
    } catch (InspectionAbortedException e) {
      stopped = Optional.of(e.getMessage());
    } catch (OutOfMemoryError e) {
      // Outside a check (reading, indexing): the reports of the institutions done so far are kept all the same.
      stopped = Optional.of("out of memory; give Java more memory (e.g. -Xmx2g) or inspect fewer institutions at once");
    }
    if (stopped.isPresent() && inspection.isPresent()) {
      // The institutions the inspection lists that the run did not reach: listed as not inspected, so that the summary
      // counts them ("共列出…8家，检查了…5家") instead of reporting the inspected ones as if they were all.
      Set<String> done = new HashSet<>();
      reports.forEach(r -> done.add(r.institutionId()));
      for (String id : inspection.get().institutionIds()) {
        if (!done.contains(id)) {
          reports.add(InstitutionReport.notInspected(id, id, false, Optional.empty(),
              List.of(InputProblem.of("", "", "not inspected: inspecting stopped early (" + stopped.get() + ")"))));
        }
      }
    }
    return new Result(inspection, problems, run.report(inspection, reports), used, unreadable, stopped);
  }

  /**
   * Reads one institution's document ({@code source} names it in problems and in the report) and inspects it with
   * {@code inspector}, as an institution's file among {@link #of files} is: the records are validated while read, and a
   * document that cannot be read gives a report with the institution as NOT_INSPECTED and every problem. No inspection
   * file, so no campaigns beside the inspector's own and no dates but the document's.
   */
  public static Result inspectDocument(Inspector inspector, byte[] document, DataFormat format, String source) {
    InstitutionInput input = InspectionReader.institution(document, format, source);
    List<InstitutionReport> reports = new ArrayList<>();
    boolean unreadable = false;
    Optional<String> stopped = Optional.empty();
    try {
      unreadable = inspectAll(inspector, Stream.of(input), reports, r -> { });
    } catch (InspectionAbortedException e) {
      stopped = Optional.of(e.getMessage());
    }
    return new Result(Optional.empty(), List.of(), inspector.report(Optional.empty(), reports), inspector, unreadable, stopped);
  }

  /**
   * Inspects the institutions as they are read, in parallel if the inspector is, and adds their reports to {@code reports}
   * in reading order; an unreadable institution keeps its place with its problems. Streams: only the institutions being
   * inspected (a few per thread) are held, never all of them. Returns whether any was unreadable.
   */
  public static boolean inspectAll(Inspector inspector, Stream<InstitutionInput> inputs, List<InstitutionReport> reports,
      Consumer<InstitutionReport> inspected) {
    return inspectAll(inspector.newRun(), inputs, reports, inspected);
  }

  /**
   * {@link #inspectAll(Inspector, Stream, List, Consumer)} within {@code run}, whose {@link InspectionRun#report report}
   * then judges the inspection-scope checks over every institution inspected.
   */
  public static boolean inspectAll(InspectionRun run, Stream<InstitutionInput> inputs, List<InstitutionReport> reports,
      Consumer<InstitutionReport> inspected) {
    // Every input read so far whose report is not yet added, in reading order; the inspector reads ahead a little.
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
    boolean bad = false;
    Stream<Institution> institutions = StreamSupport.stream(Spliterators.spliteratorUnknownSize(readable, Spliterator.ORDERED), false);
    try (Stream<InstitutionReport> each = run.inspectEach(institutions)) {
      Iterator<InstitutionReport> it = each.iterator();
      while (it.hasNext()) {
        InstitutionReport report = it.next();
        // The unreadable inputs read before this report's institution, then the report itself.
        for (InstitutionInput in = waiting.removeFirst(); in.institution().isEmpty(); in = waiting.removeFirst()) {
          reports.add(in.notInspectedReport());
          bad = true;
        }
        reports.add(report);
        inspected.accept(report);
      }
    }
    for (InstitutionInput in : waiting) {
      reports.add(in.notInspectedReport());
      bad = true;
    }
    return bad;
  }
}
