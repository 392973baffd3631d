package org.ducha.formats;

import java.io.IOException;
import java.io.Writer;
import org.ducha.engine.InspectionReport;

/** Writes an inspection report in one format. Implementations are stateless; same input, same bytes. */
public interface ReportWriter {

  /** Writes {@code report} to {@code out} in the context's language. Does not close {@code out}. */
  void write(InspectionReport report, ReportContext context, Writer out) throws IOException;

  /** The writer for {@code format}. */
  static ReportWriter of(ReportFormat format) {
    return switch (format) {
      case MD -> new MarkdownWriter();
      case HTML -> new HtmlWriter();
      case CSV -> new CsvWriter();
      case JSON -> new JsonReportWriter();
    };
  }
}
