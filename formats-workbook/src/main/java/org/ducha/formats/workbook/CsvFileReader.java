package org.ducha.formats.workbook;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ducha.formats.InstitutionDocument;
import org.ducha.formats.InstitutionFileReader;

/**
 * Reads an institution kept as CSV files, one a sheet of the workbook layout: {@code NAME.机构信息.csv} is the
 * institution's file, and {@code NAME.<sheet>.csv} beside it hold its other sheets (as Excel saves a sheet "as CSV").
 * Each file may be UTF-8, with or without a byte-order mark, or GBK/GB18030 (Excel on Chinese Windows): a file that is
 * not valid UTF-8 is read as GB18030, GBK's superset. Problems are located as {@code NAME.学员签到表.csv!D17}.
 */
public final class CsvFileReader implements InstitutionFileReader {
  /** The ending of an institution's own CSV file. */
  static final String SUFFIX = "." + Layout.INSTITUTION.name() + ".csv";

  /** A reader; {@link java.util.ServiceLoader} calls this. */
  public CsvFileReader() {}

  @Override
  public Set<String> extensions() {
    return Set.of(SUFFIX);
  }

  @Override
  public InstitutionDocument read(Path file) throws IOException {
    String name = file.getFileName().toString();
    String base = name.substring(0, name.length() - SUFFIX.length());
    Map<String, Grid> grids = new LinkedHashMap<>();
    Map<String, String> files = new LinkedHashMap<>();
    for (Layout.Sheet sheet : Layout.sheets()) {
      Path f = file.resolveSibling(base + "." + sheet.name() + ".csv");
      files.put(sheet.name(), f.toString());
      if (Files.isRegularFile(f)) {
        grids.put(sheet.name(), grid(sheet.name(), Files.readAllBytes(f)));
      }
    }
    return Assembler.assemble(file.toString(), grids, (sheet, cell) -> files.get(sheet) + "!" + cell);
  }

  /** The text of {@code bytes}: UTF-8 (a byte-order mark dropped) when it is valid UTF-8, else GB18030. */
  static String decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("GB18030"));
    }
  }

  /** One sheet from CSV: every value is text (dates, numbers and yes/no are read from their text). */
  static Grid grid(String sheet, byte[] bytes) throws IOException {
    List<Grid.Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(decode(bytes)))) {
      int number = 0;
      for (CSVRecord r : parser) {
        number++;
        List<Grid.Cell> cells = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
          String v = r.get(i);
          if (!v.isBlank()) {
            cells.add(new Grid.Cell(i, Grid.Type.TEXT, v, null));
          }
        }
        if (!cells.isEmpty()) {
          rows.add(new Grid.Row(number, cells));
        }
      }
    }
    return new Grid(sheet, rows);
  }
}
