package org.ducha.formats;

import java.io.IOException;
import java.io.OutputStream;
import org.ducha.engine.InspectionReport;

/**
 * A report format beyond the built-in ones (md, html, csv, json), found through {@link java.util.ServiceLoader}: a
 * host adds a format by putting a jar on the class path (or module path) that provides this service, and
 * {@code ducha inspect --format NAME} then writes it. The Word notice ({@code docx}, module ducha-formats-office) is
 * one. See {@link ReportFormats} for the lookup. A format that lists the problems renders the {@link ProblemTable}, as
 * the built-in formats do, and so needs no knowledge of items, tracking or institutions that could not be read.
 *
 * <p>Implementations have a public no-argument constructor, are stateless and deterministic: same input, same bytes.
 */
public interface ReportFormatProvider {

  /** The format's name as given to {@code --format}: lower case, e.g. {@code docx}. */
  String name();

  /** The file name extension, without the dot, e.g. {@code docx}. */
  String extension();

  /** The media type of what {@link #write} writes. */
  String contentType();

  /** Whether the format is text (UTF-8) that may go to a terminal; binary formats want {@code --out}. */
  default boolean text() {
    return false;
  }

  /** Writes {@code report} to {@code out} in the context's language. Does not close {@code out}. */
  void write(InspectionReport report, ReportContext context, OutputStream out) throws IOException;
}
