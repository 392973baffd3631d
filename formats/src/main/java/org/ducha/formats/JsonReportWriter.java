package org.ducha.formats;

import java.io.IOException;
import java.io.Writer;
import org.ducha.engine.InspectionReport;

/**
 * The full report as JSON: every institution's findings (with fingerprints, message keys and arguments,
 * evidence, regulation references), every check's outcome, the effective profile and the packs used with
 * their versions. Later inspections are compared against this file. Language-neutral: the context's locale
 * is not used.
 */
public final class JsonReportWriter implements ReportWriter {

  @Override
  public void write(InspectionReport report, ReportContext context, Writer out) throws IOException {
    out.write(DataFormat.JSON.mapper().writeValueAsString(report));
    out.write("\n");
  }

  /** Reads a report written by this writer back, for comparison with a later one. */
  public static InspectionReport read(java.nio.file.Path file) {
    return DataFormat.JSON.mapper().readValue(file.toFile(), InspectionReport.class);
  }
}
