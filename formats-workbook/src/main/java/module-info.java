/**
 * Ducha's workbook formats: readers of institution records kept in Excel workbooks ({@code .xlsx}) and CSV files, and
 * the writer of those workbooks and of their empty template.
 *
 * <p>Exports {@code org.ducha.formats.workbook} ({@code WorkbookWriter} for templates and data workbooks; the readers
 * are public only for {@link java.util.ServiceLoader}). The readers are provided to {@code org.ducha.formats} as
 * {@code InstitutionFileReader}s, so a host reads workbooks through {@code InspectionReader} as it reads JSON.
 */
module org.ducha.formats.workbook {
  requires transitive org.ducha.core;
  requires org.ducha.formats;
  requires org.dhatim.fastexcel;
  requires org.dhatim.fastexcel.reader;
  requires org.apache.commons.csv;
  requires org.apache.commons.compress;

  exports org.ducha.formats.workbook;

  provides org.ducha.formats.InstitutionFileReader
      with org.ducha.formats.workbook.WorkbookFileReader, org.ducha.formats.workbook.CsvFileReader;
}
