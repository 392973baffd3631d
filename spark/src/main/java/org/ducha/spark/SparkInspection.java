package org.ducha.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.ducha.check.Fact;
import org.ducha.check.InstitutionRef;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InspectionSteps;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.OutcomeStatus;
import org.ducha.engine.Profile;
import org.ducha.finding.Finding;
import org.ducha.formats.DataFormat;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.formats.ProfileReader;
import org.ducha.formats.ReportContext;
import org.ducha.formats.ReportFormat;
import org.ducha.formats.ReportWriter;
import org.ducha.model.Institution;
import scala.Tuple2;

/**
 * Inspects a year of institutions on Apache Spark: JSON-lines files (one institution per line, the format
 * {@code ducha inspect} reads), the check packs found through ServiceLoader, the same findings as the local runner.
 *
 * <ol>
 *   <li>Each line is read and validated by the formats' {@link InspectionReader#institution reader of one document} and
 *       inspected by {@link InspectionSteps#collect} in {@code mapPartitions}, one {@link Inspector} per executor: the
 *       per-institution checks' report, and the inspection-scope checks' facts as their codecs encode them. A line that
 *       cannot be read gives its institution a NOT_INSPECTED report with every problem, located at file and line;
 *       a second institution with an id is refused, as the local reader refuses it.</li>
 *   <li>The facts are shuffled by check id and key bytes ({@code repartition} by key, sorted within partitions), and each
 *       key's facts are judged once ({@link InspectionSteps#judge}), on the executors.</li>
 *   <li>The driver collects each institution's report and the findings judging gave it, completes the reports
 *       ({@link InspectionSteps#complete}) and writes the findings as JSON lines and the report with the formats'
 *       writers. A national year is thousands of institutions and their findings: they fit in the driver's memory; the
 *       sign-in records and the facts, which do not, stay on the executors.</li>
 * </ol>
 *
 * <p>With spark-submit: {@code spark-submit --class org.ducha.spark.SparkInspection spark/target/ducha-spark.jar
 * --out DIR FILE.jsonl…} (see {@code docs/scale.md}). Call only.
 */
public final class SparkInspection {

  /** What the local runner's exit codes mean, here too: all went well. */
  public static final int OK = 0;
  /** Some input could not be read (those institutions are in the report as not inspected), or the command was wrong. */
  public static final int BAD_INPUT = 2;
  /** Some check did not complete on some institution (ERROR outcomes, named in the report). */
  public static final int INCOMPLETE = 3;

  private SparkInspection() {}

  /**
   * What to inspect and how.
   *
   * @param inputs JSON-lines files, or folders of them ({@code *.jsonl}, in name order), as Hadoop paths
   *     ({@code /data/x.jsonl}, {@code hdfs://…}, {@code s3a://…})
   * @param profile a profile file (YAML or JSON, as {@code ducha inspect --profile} reads), on the driver's file system
   * @param locale the language of the report and of the findings' messages
   * @param partitions the number of partitions of the facts' shuffle; 0 for Spark's default
   */
  public record Options(List<String> inputs, Optional<java.nio.file.Path> profile, Locale locale, int partitions) {
    public Options {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("name at least one JSON-lines file or folder");
      }
      Objects.requireNonNull(profile, "profile");
      locale = MessageCatalog.resolve(locale);
    }

    /** The inputs with the defaults: no profile, zh-CN, Spark's number of shuffle partitions. */
    public static Options of(List<String> inputs) {
      return new Options(inputs, Optional.empty(), MessageCatalog.ZH_CN, 0);
    }
  }

  /**
   * What came of it.
   *
   * @param report every institution in reading order (files in the order given, lines in file order), those that could
   *     not be read as NOT_INSPECTED with their problems
   * @param inspector the driver's inspector: the one to render the report with
   * @param unreadable whether some line could not be read
   * @param facts how many facts the inspection-scope checks collected (and Spark shuffled)
   * @param factBytes their encoded keys' and facts' bytes (the shuffle carries them with the institution's id, name,
   *     day and exam site, and Spark's own row overhead)
   */
  public record Result(InspectionReport report, Inspector inspector, boolean unreadable, long facts, long factBytes) {

    /** Every finding, in report order (institutions in reading order, each one's as its report orders them). */
    public List<Finding> findings() {
      return report.institutions().stream().flatMap(r -> r.findings().stream()).toList();
    }

    /** Whether some check did not complete on some institution. */
    public boolean incomplete() {
      return report.institutions().stream().flatMap(r -> r.outcomes().stream()).anyMatch(o -> o.status() == OutcomeStatus.ERROR);
    }
  }

  /** Schema of one input line: file (by position in the inputs), line number, bytes. */
  private static final StructType LINES = new StructType()
      .add("file", DataTypes.IntegerType, false)
      .add("line", DataTypes.LongType, false)
      .add("text", DataTypes.BinaryType, false);

  /** Schema of one fact: check id and key (the shuffle's key), institution, position among its facts, fact bytes. */
  private static final StructType FACT = new StructType()
      .add("check", DataTypes.StringType, false)
      .add("key", DataTypes.BinaryType, false)
      .add("fact", DataTypes.BinaryType, false);

  /**
   * Schema of one inspected line: where it was, the institution's id when it could be read (null when not), its
   * report from step 1, its reference (name, day, exam site) and its facts, in the order emitted.
   */
  private static final StructType INSPECTED = new StructType()
      .add("file", DataTypes.IntegerType, false)
      .add("line", DataTypes.LongType, false)
      .add("id", DataTypes.StringType, true)
      .add("report", DataTypes.BinaryType, false)
      .add("name", DataTypes.StringType, true)
      .add("inspectedOn", DataTypes.StringType, true)
      .add("examSite", DataTypes.StringType, true)
      .add("facts", DataTypes.createArrayType(FACT, false), false);

  /** Schema of what judging gave an institution: a finding, or the ERROR outcome of a check whose judgement threw. */
  private static final StructType JUDGED = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("error", DataTypes.BooleanType, false)
      .add("bytes", DataTypes.BinaryType, false);

  /**
   * Inspects {@code options.inputs()} on {@code spark} and assembles the report on the driver.
   *
   * @throws IllegalArgumentException when an input does not exist or holds no JSON-lines file
   * @throws org.ducha.engine.InvalidRecordsException when the profile is invalid (every problem, located)
   */
  public static Result inspect(SparkSession spark, Options options) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Profile profile = options.profile().map(ProfileReader::read).orElse(Profile.defaults());
    Settings settings = Settings.of(options.profile());
    options.profile().ifPresent(p -> sc.addFile(p.toAbsolutePath().toString()));
    Inspector inspector = Inspector.builder().profile(profile).locale(options.locale()).validateRecords(false).build();
    InspectionSteps steps = inspector.steps();

    List<String> files = files(options.inputs(), sc.hadoopConfiguration());
    JavaRDD<Row> lines = null;
    for (int i = 0; i < files.size(); i++) {
      int file = i;
      JavaRDD<Row> these = sc.hadoopFile(files.get(i), TextInputFormat.class, LongWritable.class, Text.class)
          .map(t -> Arrays.copyOf(t._2().getBytes(), t._2().getLength()))
          .zipWithIndex()
          .map(t -> RowFactory.create(file, t._2() + 1, t._1()));
      lines = lines == null ? these : lines.union(these);
    }
    Dataset<Row> inspected = spark.createDataFrame(lines, LINES)
        .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new Inspecting(settings, files, rows), Encoders.row(INSPECTED))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // The reports, to the driver (without the facts): thousands of rows.
      List<Row> reports = new ArrayList<>(inspected.select("file", "line", "id", "report").collectAsList());
      reports.sort(Comparator.comparingInt((Row r) -> r.getInt(0)).thenComparingLong(r -> r.getLong(1)));
      // In reading order, the first institution with an id keeps it; a later one is refused, and its facts are not judged.
      Map<String, String> firstSource = new HashMap<>();
      Map<String, String> refused = new HashMap<>();
      for (Row r : reports) {
        if (!r.isNullAt(2)) {
          String source = source(files, r.getInt(0), r.getLong(1));
          String first = firstSource.putIfAbsent(r.getString(2), source);
          if (first != null) {
            refused.put(source, first);
          }
        }
      }
      // Counted as the facts are judged (a retried task counts twice: a measure, not an audit).
      LongAccumulator factCount = sc.sc().longAccumulator("facts");
      LongAccumulator factBytes = sc.sc().longAccumulator("fact bytes");
      Broadcast<Set<String>> skip = sc.broadcast(new HashSet<>(refused.keySet()));
      Dataset<Row> facts = inspected
          .filter((FilterFunction<Row>) r -> !r.isNullAt(2) && r.getList(7).size() > 0
              && !skip.value().contains(source(files, r.getInt(0), r.getLong(1))))
          .selectExpr("id", "name", "inspectedOn", "examSite", "posexplode(facts) as (pos, f)")
          .selectExpr("f.check as check", "f.key as key", "id", "name", "inspectedOn", "examSite", "pos", "f.fact as fact");
      Dataset<Row> shuffled = options.partitions() > 0
          ? facts.repartition(options.partitions(), facts.col("check"), facts.col("key"))
          : facts.repartition(facts.col("check"), facts.col("key"));
      List<Row> judged = shuffled.sortWithinPartitions("check", "key", "id", "pos")
          .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> judge(settings, rows, factCount, factBytes), Encoders.row(JUDGED))
          .collectAsList();

      Map<String, List<Finding>> found = new HashMap<>();
      Map<String, Map<String, CheckOutcome>> errors = new HashMap<>();
      for (Row j : judged) {
        if (j.getBoolean(1)) {
          CheckOutcome o = ReportCodec.outcome((byte[]) j.get(2));
          // One outcome per institution and check, whatever the order the keys were judged in.
          errors.computeIfAbsent(j.getString(0), k -> new TreeMap<>())
              .merge(o.checkId(), o, (a, b) -> a.detail().orElse("").compareTo(b.detail().orElse("")) <= 0 ? a : b);
        } else {
          found.computeIfAbsent(j.getString(0), k -> new ArrayList<>()).add(ReportCodec.finding((byte[]) j.get(2)));
        }
      }
      List<InstitutionReport> out = new ArrayList<>(reports.size());
      boolean unreadable = false;
      for (Row r : reports) {
        InstitutionReport collected = ReportCodec.report((byte[]) r.get(3));
        String source = source(files, r.getInt(0), r.getLong(1));
        if (r.isNullAt(2)) {
          unreadable = true;
          out.add(collected);
        } else if (refused.containsKey(source)) {
          unreadable = true;
          String id = r.getString(2);
          InputProblem p = InputProblem.keyed("id", id, "input.institution.duplicate-id", id, refused.get(source)).at(source, null, null);
          out.add(InstitutionReport.notInspected(id, collected.institutionName(), collected.examSite(), collected.inspectedOn(), List.of(p)));
        } else {
          String id = r.getString(2);
          out.add(steps.complete(collected, found.getOrDefault(id, List.of()), errors.getOrDefault(id, Map.of())));
        }
      }
      return new Result(inspector.report(Optional.empty(), out), inspector, unreadable, factCount.value(), factBytes.value());
    } finally {
      inspected.unpersist();
    }
  }

  /**
   * Writes the findings as JSON lines ({@code findings.jsonl}) and the report in each of {@code formats}
   * ({@code report.md}, {@code report.json}…) into {@code directory}, a Hadoop path, in the options' locale.
   */
  public static void write(Result result, String directory, List<ReportFormat> formats, Configuration hadoop) {
    Path dir = new Path(directory);
    try {
      FileSystem fs = dir.getFileSystem(hadoop);
      // No .crc files beside the outputs on a local file system (HDFS keeps its checksums itself).
      fs.setWriteChecksum(false);
      fs.mkdirs(dir);
      try (OutputStream out = fs.create(new Path(dir, "findings.jsonl"), true)) {
        FindingLines.write(result.report(), result.inspector(), out);
      }
      ReportContext context = ReportContext.of(result.inspector());
      for (ReportFormat f : formats) {
        try (OutputStream out = fs.create(new Path(dir, "report." + f.name().toLowerCase(Locale.ROOT)), true);
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8))) {
          ReportWriter.of(f).write(result.report(), context, w);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + directory, e);
    }
  }

  /**
   * Runs the job: {@code [--profile FILE] [--locale zh-CN|en] [--format md,json] [--partitions N] [--master URL] --out DIR
   * PATH…} ({@code --master} for a run without spark-submit, which sets the master itself).
   * Exits 0, 2 when some input could not be read, 3 when some check did not complete (as {@code ducha inspect}).
   */
  public static void main(String[] args) {
    List<String> inputs = new ArrayList<>();
    String out = null;
    java.nio.file.Path profile = null;
    Locale locale = MessageCatalog.ZH_CN;
    List<ReportFormat> formats = List.of(ReportFormat.MD, ReportFormat.JSON);
    int partitions = 0;
    String master = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        inputs.add(a);
        continue;
      }
      if (i + 1 >= args.length) {
        usage("missing value for " + a);
      }
      String v = args[++i];
      switch (a) {
        case "--out" -> out = v;
        case "--profile" -> profile = java.nio.file.Path.of(v);
        case "--locale" -> locale = Locale.forLanguageTag(v.replace('_', '-'));
        case "--format" -> formats = Arrays.stream(v.split(",")).map(ReportFormat::parse).toList();
        case "--partitions" -> partitions = Integer.parseInt(v);
        case "--master" -> master = v;
        default -> usage("unknown option " + a);
      }
    }
    if (out == null || inputs.isEmpty()) {
      usage("--out DIR and at least one input are required");
    }
    SparkSession.Builder builder = SparkSession.builder().appName("ducha-inspect");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    int code;
    try {
      long start = System.nanoTime();
      Result result = inspect(spark, new Options(inputs, Optional.ofNullable(profile), locale, partitions));
      write(result, out, formats, spark.sparkContext().hadoopConfiguration());
      InspectionReport r = result.report();
      System.err.printf(Locale.ROOT, "ducha-spark: %d institutions (%d not inspected), %d findings, %d facts shuffled (%d bytes"
          + " of keys and facts) in %.1f s; written to %s%n", r.institutions().size(), r.notInspected().size(),
          result.findings().size(), result.facts(), result.factBytes(), (System.nanoTime() - start) / 1e9, out);
      code = result.unreadable() ? BAD_INPUT : result.incomplete() ? INCOMPLETE : OK;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  private static void usage(String problem) {
    System.err.println("ducha-spark: " + problem);
    System.err.println("usage: SparkInspection [--profile FILE] [--locale zh-CN|en] [--format md,json,html,csv] [--partitions N]"
        + " [--master URL] --out DIR PATH...");
    System.exit(BAD_INPUT);
  }

  /** The JSON-lines files of {@code inputs}: files as given, folders expanded to their {@code *.jsonl} files in name order. */
  static List<String> files(List<String> inputs, Configuration hadoop) {
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      Path p = new Path(input);
      try {
        FileSystem fs = p.getFileSystem(hadoop);
        if (!fs.exists(p)) {
          throw new IllegalArgumentException(input + ": no such file or folder");
        }
        if (fs.getFileStatus(p).isDirectory()) {
          List<String> names = new ArrayList<>();
          for (FileStatus s : fs.listStatus(p)) {
            if (s.isFile() && s.getPath().getName().endsWith(".jsonl")) {
              names.add(s.getPath().getName());
            }
          }
          if (names.isEmpty()) {
            throw new IllegalArgumentException(input + ": no .jsonl file in the folder");
          }
          names.stream().sorted().forEach(n -> out.add(new Path(p, n).toString()));
        } else {
          out.add(input);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + input, e);
      }
    }
    return out;
  }

  /** Where a line came from, as the local reader names it: {@code file:line}. */
  static String source(List<String> files, int file, long line) {
    return files.get(file) + ":" + line;
  }

  /**
   * How an executor builds its inspector: the discovered packs and the profile (a file shipped with the job, known by
   * its name and a hash of its content, so that a JVM that serves several jobs never takes one job's profile for
   * another's), one inspector per executor JVM, validating no record twice (the reader validates them).
   */
  record Settings(String profileFile, int profileHash) implements Serializable {
    private static final Map<Settings, Inspector> INSPECTORS = new ConcurrentHashMap<>();

    static Settings of(Optional<java.nio.file.Path> profile) {
      if (profile.isEmpty()) {
        return new Settings(null, 0);
      }
      try {
        return new Settings(profile.get().getFileName().toString(), Arrays.hashCode(java.nio.file.Files.readAllBytes(profile.get())));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read profile " + profile.get(), e);
      }
    }

    /** The executor's inspector for these settings, built once. */
    Inspector inspector() {
      return INSPECTORS.computeIfAbsent(this, s -> s.inspector(s.profileFile == null ? null : java.nio.file.Path.of(SparkFiles.get(s.profileFile))));
    }

    Inspector inspector(java.nio.file.Path profile) {
      Profile p = profile == null ? Profile.defaults() : ProfileReader.read(profile);
      return Inspector.builder().profile(p).validateRecords(false).build();
    }
  }

  /** Step 1 over one partition of lines: each line read, inspected and its facts encoded, one row per line. */
  private static final class Inspecting implements Iterator<Row> {
    private final InspectionSteps steps;
    private final List<String> files;
    private final Iterator<Row> lines;
    private Row next;

    Inspecting(Settings settings, List<String> files, Iterator<Row> lines) {
      this.steps = settings.inspector().steps();
      this.files = files;
      this.lines = lines;
    }

    @Override
    public boolean hasNext() {
      while (next == null && lines.hasNext()) {
        Row line = lines.next();
        byte[] text = (byte[]) line.get(2);
        if (!new String(text, StandardCharsets.UTF_8).isBlank()) {
          next = inspect(line.getInt(0), line.getLong(1), text);
        }
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Row r = next;
      next = null;
      return r;
    }

    private Row inspect(int file, long lineNo, byte[] text) {
      InstitutionInput in = InspectionReader.institution(text, DataFormat.JSON, source(files, file, lineNo));
      if (in.institution().isEmpty()) {
        return RowFactory.create(file, lineNo, null, ReportCodec.report(in.notInspectedReport()), null, null, null, seq(List.of()));
      }
      Institution institution = in.institution().get();
      InspectionSteps.Collected c = steps.collect(institution);
      List<Row> facts = new ArrayList<>(c.facts().size());
      for (InspectionSteps.EncodedFact f : c.facts()) {
        facts.add(RowFactory.create(f.checkId(), f.key(), f.fact()));
      }
      InstitutionRef ref = InstitutionRef.of(institution);
      return RowFactory.create(file, lineNo, institution.id(), ReportCodec.report(c.report()), ref.name(), ref.inspectedOn().toString(),
          ref.examSite(), seq(facts));
    }
  }

  /** An array column's value, as Spark's row encoder takes it. */
  private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
  }

  /**
   * Step 2 over one partition of facts sorted by check, key, institution and position: each key's facts judged once.
   * Rows of one key are consecutive; only one key's facts are held at a time.
   */
  private static Iterator<Row> judge(Settings settings, Iterator<Row> rows, LongAccumulator count, LongAccumulator bytes) {
    InspectionSteps steps = settings.inspector().steps();
    List<Row> out = new ArrayList<>();
    String check = null;
    byte[] key = null;
    List<Fact<byte[]>> facts = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      String c = r.getString(0);
      byte[] k = (byte[]) r.get(1);
      if (check != null && (!check.equals(c) || !Arrays.equals(key, k))) {
        judged(steps.judge(check, key, facts), out);
        facts = new ArrayList<>();
      }
      check = c;
      key = k;
      InstitutionRef ref = new InstitutionRef(r.getString(2), r.getString(3), LocalDate.parse(r.getString(4)), r.getString(5));
      byte[] fact = (byte[]) r.get(7);
      facts.add(new Fact<>(ref, fact));
      count.add(1);
      bytes.add(k.length + fact.length);
    }
    if (check != null) {
      judged(steps.judge(check, key, facts), out);
    }
    return out.iterator();
  }

  private static void judged(InspectionSteps.Judged j, List<Row> out) {
    for (Finding f : j.findings()) {
      out.add(RowFactory.create(f.institutionId(), false, ReportCodec.finding(f)));
    }
    j.errors().forEach((institution, o) -> out.add(RowFactory.create(institution, true, ReportCodec.outcome(o))));
  }
}
