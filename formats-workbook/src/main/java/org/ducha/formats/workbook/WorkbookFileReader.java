package org.ducha.formats.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.ducha.engine.InputProblem;
import org.ducha.formats.InstitutionDocument;
import org.ducha.formats.InstitutionFileReader;

/**
 * Reads an institution kept in an Excel workbook ({@code .xlsx}, one sheet per form as formats-workbook/README.md
 * lays out) with fastexcel-reader, which streams each sheet's XML (chosen by measurement: docs/performance.md).
 * Provided to {@code ducha-formats} through {@link java.util.ServiceLoader}. Thread-safe: it keeps no state.
 */
public final class WorkbookFileReader implements InstitutionFileReader {
  /** A reader; {@link java.util.ServiceLoader} calls this. */
  public WorkbookFileReader() {}

  @Override
  public Set<String> extensions() {
    return Set.of(".xlsx");
  }

  @Override
  public InstitutionDocument read(Path file) throws IOException {
    String name = file.toString();
    Map<String, Grid> grids;
    try (InputStream in = Files.newInputStream(file)) {
      grids = grids(in);
    } catch (IOException | RuntimeException e) {
      if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) {
        throw (IOException) e;
      }
      InputProblem p = InputProblem.keyed("", "", "input.workbook.unreadable", String.valueOf(e.getMessage())).at(name, null, null);
      return new InstitutionDocument(new byte[0], Map.of(), name, List.of(p));
    }
    return Assembler.assemble(name, grids);
  }

  /** Every sheet of the workbook in {@code in}, by name. */
  static Map<String, Grid> grids(InputStream in) throws IOException {
    Map<String, Grid> out = new LinkedHashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(in, ReadingOptions.DEFAULT_READING_OPTIONS)) {
      for (Sheet sheet : (Iterable<Sheet>) wb.getSheets()::iterator) {
        List<Grid.Row> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
          for (Row row : (Iterable<Row>) stream::iterator) {
            List<Grid.Cell> cells = new ArrayList<>();
            for (int i = 0; i < row.getCellCount(); i++) {
              Grid.Cell c = cell(row.getCell(i));
              if (c != null) {
                cells.add(c);
              }
            }
            if (!cells.isEmpty()) {
              rows.add(new Grid.Row(row.getRowNum(), cells));
            }
          }
        }
        out.putIfAbsent(sheet.getName(), new Grid(sheet.getName(), rows));
      }
    }
    return out;
  }

  private static Grid.Cell cell(Cell c) {
    if (c == null) {
      return null;
    }
    int col = c.getColumnIndex();
    String raw = c.getRawValue();
    return switch (c.getType()) {
      case EMPTY -> null;
      case NUMBER -> new Grid.Cell(col, Grid.Type.NUMBER, raw, new BigDecimal(raw));
      case BOOLEAN -> new Grid.Cell(col, Grid.Type.BOOLEAN, "1".equals(raw) || "true".equalsIgnoreCase(raw) ? "true" : "false", null);
      case ERROR -> new Grid.Cell(col, Grid.Type.ERROR, raw == null ? "" : raw, null);
      case STRING -> raw == null || raw.isBlank() ? null : new Grid.Cell(col, Grid.Type.TEXT, raw, null);
      case FORMULA -> raw == null || raw.isBlank() ? new Grid.Cell(col, Grid.Type.ERROR, "=" + c.getFormula(), null)
          : new Grid.Cell(col, Grid.Type.TEXT, raw, null);
    };
  }
}
