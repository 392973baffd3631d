package org.ducha.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InvalidRecordsException;
import org.ducha.tracking.Baseline;
import org.ducha.tracking.TrackedReport;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;

/**
 * The full report as JSON: every institution's findings (with fingerprints, message keys and arguments,
 * evidence, regulation references), every check's outcome, the effective profile and the packs used with
 * their versions. Later inspections are compared against this file. Language-neutral: the context's locale
 * is not used.
 *
 * <p>When the context carries tracking (the report was compared with an earlier one), a {@code tracking} field
 * follows: for each institution, each finding's state, first-seen day, count of successive inspections, raised
 * severity, plan entry and waiver, by fingerprint; the earlier findings that are gone, in full; what became of
 * each waiver; plan entries that named no earlier finding. Read back with {@link #readBaseline(Path)}, such a
 * report is the baseline of the next inspection and passes its first-seen days and counts on.
 *
 * <p>The file's first field, {@code formatVersion}, is {@link #FORMAT_VERSION}. It changes only when a field changes
 * meaning or is removed, so that a reader can refuse what it would misread; new fields do not change it. The readers
 * here accept reports without the field (written before it existed) as format 1, and refuse a later format with a
 * located problem. The schema of the file is {@code docs/schemas/report.schema.json}.
 *
 * <p>A check that did not complete has its outcome with status {@code ERROR}, {@code errorKind} ({@code THREW},
 * {@code STACK_OVERFLOW}, {@code TIMED_OUT}) and {@code detail} (the exception's class and message, or the time limit):
 * never a stack trace. Bidirectional controls in text are written as escapes (see {@link DisplayText}).
 */
public final class JsonReportWriter implements ReportWriter {

  /** The version of the report format this class writes, and the latest it reads. */
  public static final int FORMAT_VERSION = 1;

  /**
   * Writes DEL, the C1 controls (U+0080–U+009F) and the bidirectional controls (U+202A–U+202E, U+2066–U+2069) as
   * {@code \}{@code uXXXX} escapes, as JSON already writes the C0 controls: the text reads back exact, and the file
   * shown on a screen can neither drive the terminal nor be reordered.
   */
  private static final CharacterEscapes BIDI_ESCAPES = new CharacterEscapes() {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = asciiEscapes();

    private static int[] asciiEscapes() {
      int[] codes = standardAsciiEscapesForJSON();
      codes[0x7F] = ESCAPE_STANDARD;
      return codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch <= 0xFFFF && DisplayText.unsafe((char) ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  };

  @Override
  public void write(InspectionReport report, ReportContext context, Writer out) throws IOException {
    ObjectWriter writer = DataFormat.JSON.mapper().writer().with(BIDI_ESCAPES);
    // Straight to the writer, not through one text of the whole report; the writer stays open for the caller.
    try {
      writer.without(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .writeValue(out, TrackingDocument.ReportDocument.of(report, context.tracking()));
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.write("\n");
  }

  /**
   * Reads a report written by this writer back, for comparison with a later one; a tracking section is read
   * (and checked) but left aside. Message arguments and evidence come back as findings hold them: fractions as exact
   * numbers, text of the form {@code YYYY-MM-DD} or {@code HH:MM[:SS]} as dates and times (JSON writes those as
   * text), so that messages render as they did. Throws {@link InvalidRecordsException} listing every problem, located.
   */
  public static InspectionReport read(Path file) {
    return document(file).report();
  }

  /** Reads a report written by this writer back with its tracking, if it carries one. */
  public static Optional<TrackedReport> readTracked(Path file) {
    TrackingDocument.ReportDocument d = document(file);
    return d.toTracking().map(t -> new TrackedReport(d.report(), t));
  }

  /**
   * Reads a report written by this writer as the baseline of a later inspection: its findings, with the
   * first-seen days, counts and not-rechecked findings of the tracking it carries, if any.
   */
  public static Baseline readBaseline(Path file) {
    TrackingDocument.ReportDocument d = document(file);
    return Baseline.of(d.report(), d.toTracking());
  }

  /**
   * Why {@code baseline} cannot be the earlier report of this inspection; empty when it can. A data set is known by
   * its inspecting authority and its institutions: a baseline written by another authority, or sharing no institution
   * with this inspection (its findings would all come back as resolved, and this inspection's as new), is refused;
   * so is one whose inspection began after this one's. A baseline without an inspection file is compared by its
   * institutions only.
   *
   * @param baseline the earlier report, as read by {@link #readBaseline}
   * @param current this inspection, when it has an inspection file
   * @param institutionIds the institutions of this inspection (inspected or not)
   */
  public static List<InputProblem> baselineMismatch(Baseline baseline, java.util.Optional<org.ducha.model.Inspection> current,
      java.util.Collection<String> institutionIds) {
    List<InputProblem> out = new java.util.ArrayList<>();
    if (baseline.inspection().isPresent() && current.isPresent()) {
      org.ducha.model.Inspection was = baseline.inspection().get();
      org.ducha.model.Inspection now = current.get();
      if (!was.authority().strip().equals(now.authority().strip())) {
        out.add(InputProblem.keyed("inspection.authority", was.authority(), "baseline.other-authority", was.authority(), now.authority()));
      }
      if (was.periodStart() != null && now.periodStart() != null && was.periodStart().isAfter(now.periodStart())) {
        out.add(InputProblem.keyed("inspection.periodStart", was.periodStart(), "baseline.later", was.periodStart(), now.periodStart()));
      }
    }
    java.util.Set<String> earlier = new java.util.TreeSet<>();
    baseline.inspection().ifPresent(i -> earlier.addAll(i.institutionIds()));
    baseline.entries().forEach(e -> earlier.add(e.finding().institutionId()));
    if (!earlier.isEmpty() && !institutionIds.isEmpty() && institutionIds.stream().noneMatch(earlier::contains)) {
      out.add(InputProblem.keyed("institutions", "", "baseline.other-institutions"));
    }
    return out;
  }

  private static TrackingDocument.ReportDocument document(Path file) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report " + file, e);
    }
    Parsed<TrackingDocument.ReportDocument> parsed = DocumentReader.read(content, DataFormat.JSON, file.toString(),
        TrackingDocument.ReportDocument.class, TrackingDocument.ReportDocument::problems,
        // Message arguments and evidence are untyped: a fraction must come back as an exact number (BigDecimal), as findings allow.
        r -> r.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));
    if (!parsed.ok()) {
      throw new InvalidRecordsException("report " + file, parsed.problems());
    }
    return parsed.value().get();
  }
}
