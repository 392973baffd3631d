package org.ducha.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.ducha.engine.InputProblem;
import org.ducha.engine.RecordValidator;
import org.ducha.engine.ReadAhead;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;
import tools.jackson.databind.JsonNode;

/**
 * Reads inspection data: a folder holding {@code inspection.json} or {@code inspection.yaml} (the inspection)
 * and one file per institution ({@code *.json}, {@code *.yaml}, {@code *.yml}), or such files named one by one,
 * or JSON-lines files ({@code *.jsonl}, one institution per line). Institutions are read lazily, one file (or line)
 * at a time, in file-name order.
 *
 * <p>Every problem of a file is reported at once, with file, line, column, field path and value; a file that
 * cannot be read or is invalid yields an {@link InstitutionInput} with its problems, and the other files are
 * still read. The format is described in {@code formats/README.md}.
 */
public final class InspectionReader {

  /** The file names that hold the inspection itself. */
  public static final List<String> INSPECTION_FILES = List.of("inspection.json", "inspection.yaml", "inspection.yml");

  private final List<Path> institutionFiles;
  private final Optional<Path> inspectionFile;

  private InspectionReader(Optional<Path> inspectionFile, List<Path> institutionFiles) {
    this.inspectionFile = inspectionFile;
    this.institutionFiles = List.copyOf(institutionFiles);
  }

  /**
   * A reader of {@code paths}: folders are expanded to their data files (not recursively), sorted by name;
   * files are taken as given. Fails on a path that does not exist or has no known extension.
   */
  public static InspectionReader of(List<Path> paths) {
    Optional<Path> inspection = Optional.empty();
    List<Path> institutions = new ArrayList<>();
    for (Path p : paths) {
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(p)) {
        // A link that points nowhere (or loops) is kept: reading it reports it, where leaving it out would hide it.
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> Files.isRegularFile(f) || brokenLink(f)).filter(InspectionReader::known).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else if (Files.exists(p) || brokenLink(p)) { // a regular file, or a named pipe (JSON lines streamed from another program)
        if (!known(p)) {
          throw new IllegalArgumentException(p + ": not a data file (expected .json, .jsonl, .yaml or .yml" + extra() + ")");
        }
        files.add(p);
      } else {
        throw new IllegalArgumentException(p + ": no such file or folder");
      }
      for (Path f : files) {
        if (INSPECTION_FILES.contains(f.getFileName().toString())) {
          if (inspection.isPresent()) {
            throw new IllegalArgumentException("two inspection files: " + inspection.get() + " and " + f);
          }
          inspection = Optional.of(f);
        } else {
          institutions.add(f);
        }
      }
    }
    if (institutions.isEmpty()) {
      throw new IllegalArgumentException(paths.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
          + ": no institution file (a folder must hold at least one .json, .jsonl, .yaml or .yml" + extra() + " file besides the inspection file)");
    }
    return new InspectionReader(inspection, institutions);
  }

  /** Whether {@code f} is a file this reader reads: JSON, YAML, or a format of an installed {@link InstitutionFileReader}. */
  private static boolean known(Path f) {
    return DataFormat.of(f).isPresent() || INSPECTION_FILES.stream().noneMatch(f.getFileName().toString()::equals)
        && InstitutionFileReader.of(f).isPresent();
  }

  /** The endings the installed {@link InstitutionFileReader}s add, for messages: {@code , .csv, .xlsx}. */
  private static String extra() {
    return InstitutionFileReader.installed().stream().flatMap(r -> r.extensions().stream()).sorted()
        .map(e -> ", " + e).collect(java.util.stream.Collectors.joining());
  }

  /** Whether {@code p} is a symbolic link whose target does not exist, or a loop of links. */
  private static boolean brokenLink(Path p) {
    return Files.isSymbolicLink(p) && !Files.exists(p);
  }

  /** The inspection file, if one was given. */
  public Optional<Path> inspectionFile() {
    return inspectionFile;
  }

  /** The institution files, in reading order. */
  public List<Path> institutionFiles() {
    return institutionFiles;
  }

  /** Reads the inspection file, if there is one. */
  public Optional<Parsed<Inspection>> readInspection() {
    return inspectionFile.map(f -> parse(read(f), DataFormat.of(f).orElseThrow(), name(f), Inspection.class, RecordValidator.get()::validate));
  }

  /**
   * Reads the inspection file, if there is one, and refuses campaign ids not among {@code knownCampaigns} (the
   * campaigns the check packs know), each located, with the known ids.
   */
  public Optional<Parsed<Inspection>> readInspection(java.util.Set<String> knownCampaigns) {
    return inspectionFile.map(f -> parse(read(f), DataFormat.of(f).orElseThrow(), name(f), Inspection.class, i -> {
      List<InputProblem> out = new ArrayList<>(RecordValidator.get().validate(i));
      out.addAll(unknownCampaigns(i.campaigns(), "campaigns", knownCampaigns));
      return out;
    }));
  }

  /** A problem for each id of {@code campaigns} not among {@code known}, at {@code path[i]}. */
  static List<InputProblem> unknownCampaigns(List<String> campaigns, String path, java.util.Set<String> known) {
    List<InputProblem> out = new ArrayList<>();
    String list = known.isEmpty() ? "-" : String.join(", ", new java.util.TreeSet<>(known));
    for (int i = 0; i < campaigns.size(); i++) {
      String c = campaigns.get(i);
      if (c != null && !known.contains(c)) {
        out.add(InputProblem.keyed(path + "[" + i + "]", c, "input.campaign.unknown", c, list));
      }
    }
    return out;
  }

  /** Reads the institutions lazily, in order; a stream to close when done. */
  public Stream<InstitutionInput> institutions() {
    return institutions(1);
  }

  /**
   * Reads the institutions lazily, in order, parsing and validating up to {@code parallelism} of them at once on
   * threads of the stream's own (the files are still read one line at a time, in order, on the consumer's thread);
   * a stream to close when done. It holds at most twice {@code parallelism} institutions read ahead.
   */
  public Stream<InstitutionInput> institutions(int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1: " + parallelism);
    }
    Stream<Supplier<InstitutionInput>> reads = reads();
    Stream<InstitutionInput> read = parallelism == 1 ? reads.map(Supplier::get) : ReadAhead.map(reads, Supplier::get, parallelism, "ducha-reader");
    // In reading order, on the consumer's thread: the first file with an id keeps it, a later one is refused.
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    Stream<InstitutionInput> unique = read.map(in -> {
      ids.add(in.id());
      if (in.institution().isEmpty()) {
        return in;
      }
      String first = seen.putIfAbsent(in.id(), in.source());
      return first == null ? in : refused(in, "id", InputProblem.keyed("id", in.id(), "input.institution.duplicate-id", in.id(), first));
    });
    // After the last file: the institutions the inspection file lists that no file held.
    Stream<InstitutionInput> unlisted = Stream.of(1).flatMap(x -> listedWithoutFile(ids).stream());
    return Stream.concat(unique, unlisted).onClose(read::close);
  }

  /** {@code in} refused with {@code problem}, located at {@code path} in its file when it is one. */
  private InstitutionInput refused(InstitutionInput in, String path, InputProblem problem) {
    int[] at = locate(in.source(), path);
    InputProblem p = problem.at(in.source(), at == null ? null : at[0], at == null ? null : at[1]);
    return new InstitutionInput(in.source(), Optional.empty(), List.of(p), in.id(), in.name(), in.examSite(), in.inspectedOn());
  }

  private static int[] locate(String source, String path) {
    Path f = Path.of(source);
    Optional<DataFormat> format = DataFormat.of(f);
    if (format.isEmpty() || !Files.isRegularFile(f) || source.endsWith(".jsonl")) {
      return null;
    }
    try {
      return DocumentReader.position(Files.readAllBytes(f), format.get(), path);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** A not-inspected input for each institution the inspection file lists without a file holding it. */
  private List<InstitutionInput> listedWithoutFile(java.util.Set<String> read) {
    if (inspectionFile.isEmpty()) {
      return List.of();
    }
    Optional<Inspection> inspection;
    try {
      inspection = readInspection().flatMap(Parsed::value);
    } catch (RuntimeException e) {
      return List.of();
    }
    if (inspection.isEmpty()) {
      return List.of();
    }
    List<InstitutionInput> out = new ArrayList<>();
    List<String> ids = inspection.get().institutionIds();
    String file = name(inspectionFile.get());
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!read.contains(id)) {
        int[] at = locate(file, "institutionIds[" + i + "]");
        InputProblem p = InputProblem.keyed("institutionIds[" + i + "]", id, "input.inspection.no-file", id)
            .at(file, at == null ? null : at[0], at == null ? null : at[1]);
        out.add(new InstitutionInput(file, Optional.empty(), List.of(p), id, id, false, Optional.empty()));
      }
    }
    return out;
  }

  /**
   * One read to complete per institution, in order: the bytes of a JSON line, or the name of a file, with the
   * parsing still to do. Not {@code institutionFiles.stream().flatMap(...)}: consumed through its iterator (as a
   * parallel Inspector and the ducha command consume it), a flat-mapped stream reads each file's whole stream ahead
   * into a buffer, so a JSON-lines file would be held in memory entire. The files are opened one after the other.
   */
  private Stream<Supplier<InstitutionInput>> reads() {
    Iterator<Path> files = institutionFiles.iterator();
    List<AutoCloseable> open = new ArrayList<>(1);
    Iterator<Supplier<InstitutionInput>> all = new Iterator<>() {
      private Iterator<Supplier<InstitutionInput>> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
          closeAll(open);
          current = readFile(files.next(), open);
        }
        return current.hasNext();
      }

      @Override
      public Supplier<InstitutionInput> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(all, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> closeAll(open));
  }

  private static void closeAll(List<AutoCloseable> open) {
    for (AutoCloseable c : open) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot close a file", e);
      }
    }
    open.clear();
  }

  /** The reads of one file; a JSON-lines file stays open (in {@code open}) while its lines are read. */
  private Iterator<Supplier<InstitutionInput>> readFile(Path file, List<AutoCloseable> open) {
    if (brokenLink(file)) {
      return List.<Supplier<InstitutionInput>>of(() -> new InstitutionInput(name(file), Optional.empty(),
          List.of(InputProblem.keyed("", "", "input.file.link-broken").at(name(file), null, null)),
          name(file), name(file), false, Optional.empty())).iterator();
    }
    if (file.getFileName().toString().endsWith(".jsonl")) {
      return jsonLines(file, open);
    }
    Optional<DataFormat> data = DataFormat.of(file);
    if (data.isEmpty()) {
      InstitutionFileReader reader = InstitutionFileReader.of(file).orElseThrow();
      return List.<Supplier<InstitutionInput>>of(() -> {
        try {
          return institution(reader.read(file));
        } catch (IOException e) {
          return unreadable(name(file), e);
        }
      }).iterator();
    }
    DataFormat format = data.get();
    return List.<Supplier<InstitutionInput>>of(() -> {
      byte[] content;
      try {
        content = Files.readAllBytes(file);
      } catch (IOException e) {
        return unreadable(name(file), e);
      }
      return institution(content, format, name(file));
    }).iterator();
  }

  private Iterator<Supplier<InstitutionInput>> jsonLines(Path file, List<AutoCloseable> open) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      return List.<Supplier<InstitutionInput>>of(() -> unreadable(name(file), e)).iterator();
    }
    open.add(in);
    ByteLines lines = new ByteLines(in);
    return new Iterator<>() {
      private int lineNo;
      private Supplier<InstitutionInput> next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          byte[] line;
          try {
            line = lines.next();
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
          }
          if (line == null) {
            return false;
          }
          lineNo++;
          if (!ByteLines.isBlank(line)) {
            String source = name(file) + ":" + lineNo;
            next = () -> institution(line, DataFormat.JSON, source);
          }
        }
        return true;
      }

      @Override
      public Supplier<InstitutionInput> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Supplier<InstitutionInput> n = next;
        next = null;
        return n;
      }
    };
  }

  /** Reads one institution document. */
  public static InstitutionInput institution(byte[] content, DataFormat format, String source) {
    Parsed<Institution> parsed = DocumentReader.readModel(content, format, source, Institution.class, RecordValidator.get()::validate,
        RecordValidator.get()::validateBeyondFields);
    if (parsed.ok()) {
      Institution i = parsed.value().get();
      return new InstitutionInput(source, parsed.value(), List.of(), i.id(), i.name(), i.operatesExamSite(), Optional.of(i.inspectedOn()));
    }
    // Salvage what identifies the institution, so the report can name it.
    String id = source;
    String nm = source;
    boolean exam = false;
    Optional<java.time.LocalDate> date = Optional.empty();
    try {
      JsonNode tree = format.mapper().readTree(content);
      if (tree != null && tree.isObject()) {
        id = text(tree, "id").orElse(source);
        nm = text(tree, "name").orElse(id);
        exam = tree.has("examSite") && !tree.get("examSite").isNull();
        date = text(tree, "inspectedOn").flatMap(InspectionReader::date);
      }
    } catch (RuntimeException e) {
      // Not well-formed: the parsed problems say why.
    }
    return new InstitutionInput(source, Optional.empty(), parsed.problems(), id, nm, exam, date);
  }

  /**
   * Reads one institution document made by an {@link InstitutionFileReader}: bound and validated as a JSON file, each
   * problem then located at the place its line came from, after the problems of the file's own shape.
   */
  public static InstitutionInput institution(InstitutionDocument document) {
    if (document.json().length == 0) {
      String f = document.file();
      return new InstitutionInput(f, Optional.empty(), document.problems(), f, f, false, Optional.empty());
    }
    InstitutionInput in = institution(document.json(), DataFormat.JSON, document.file());
    List<InputProblem> problems = new ArrayList<>(document.problems());
    for (InputProblem p : in.problems()) {
      String place = p.line().map(document.places()::get).orElse(null);
      problems.add(p.at(place != null ? place : document.file(), null, null));
    }
    if (problems.isEmpty()) {
      return in;
    }
    return new InstitutionInput(document.file(), Optional.empty(), problems, in.id(), in.name(), in.examSite(), in.inspectedOn());
  }

  private static Optional<String> text(JsonNode tree, String field) {
    JsonNode n = tree.get(field);
    return n != null && n.isString() && !n.asString().isBlank() ? Optional.of(n.asString()) : Optional.empty();
  }

  private static Optional<java.time.LocalDate> date(String s) {
    try {
      return Optional.of(java.time.LocalDate.parse(s));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static <T> Parsed<T> parse(byte[] content, DataFormat format, String source, Class<T> type,
      java.util.function.Function<T, List<InputProblem>> validate) {
    return DocumentReader.read(content, format, source, type, validate);
  }

  private static InstitutionInput unreadable(String source, IOException e) {
    String why = e instanceof java.nio.file.AccessDeniedException ? "access denied"
        : e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    return new InstitutionInput(source, Optional.empty(), List.of(InputProblem.keyed("", "", "input.file.unreadable", why).at(source, null, null)),
        source, source, false, Optional.empty());
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f, e);
    }
  }

  private static String name(Path f) {
    return f.toString();
  }
}
