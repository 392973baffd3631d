/**
 * Ducha's formats: readers of inspection data, profiles and tracking files (JSON, YAML), writers of reports
 * (Markdown, HTML, CSV, JSON), and {@code InspectionFiles}, the library's path from data files to a report.
 *
 * <p>Exports {@code org.ducha.formats} only; Jackson is no part of its API. This descriptor is the one the module is
 * compiled with. The published jar carries Jackson relocated inside it and another descriptor, without Jackson's
 * modules ({@code src/main/moditect/module-info.java}, added after shading).
 */
module org.ducha.formats {
  requires transitive org.ducha.core;
  requires tools.jackson.databind;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.annotation;
  requires org.snakeyaml.engine;

  exports org.ducha.formats;

  // Formats and institution-file readers that other jars add (docx, xlsx/CSV), found by ServiceLoader.
  uses org.ducha.formats.ReportFormatProvider;

  // Readers of further institution file formats (ducha-formats-workbook: .xlsx, .csv).
  uses org.ducha.formats.InstitutionFileReader;

  // Jackson reads and writes the formats' own document records (tracking files, report documents) reflectively.
  opens org.ducha.formats to tools.jackson.databind;
}
