package org.ducha.formats.workbook;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The measurement behind the choice of xlsx reader (docs/performance.md): generates a sign-in sheet of N rows, and reads
 * it with fastexcel-reader or with Apache POI's streaming (SAX) API, touching every cell. Run under
 * {@code /usr/bin/time -v}, one reading per JVM; not a test.
 *
 * <pre>
 * java -cp … org.ducha.formats.workbook.SignInSheetReading generate FILE ROWS
 * java -cp … org.ducha.formats.workbook.SignInSheetReading fastexcel|poi FILE
 * </pre>
 */
public final class SignInSheetReading {
  private SignInSheetReading() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[1]);
    long start = System.nanoTime();
    long checksum = switch (args[0]) {
      case "generate" -> generate(file, Integer.parseInt(args[2]));
      case "fastexcel" -> fastexcel(file);
      case "poi" -> poi(file);
      default -> throw new IllegalArgumentException(args[0]);
    };
    System.out.printf("%s: %d cells, %d ms%n", args[0], checksum, (System.nanoTime() - start) / 1_000_000);
  }

  static final String[] HEADERS = {"班级编号", "课次编号", "学员编号", "学员姓名", "日期", "签到", "签到时间", "签退", "签退时间", "签到方式"};

  private static long generate(Path file, int rows) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "ducha", "1.0");
      Worksheet ws = wb.newWorksheet("学员签到表");
      for (int c = 0; c < HEADERS.length; c++) {
        ws.value(0, c, HEADERS[c]);
      }
      LocalDate day = LocalDate.of(2022, 3, 7);
      for (int r = 1; r <= rows; r++) {
        int trainee = r % 60;
        int lesson = r / 60;
        ws.value(r, 0, "c" + lesson / 40);
        ws.value(r, 1, "l" + lesson);
        ws.value(r, 2, "t" + trainee);
        ws.value(r, 3, "学员" + trainee);
        ws.value(r, 4, day.plusDays(lesson / 4));
        ws.style(r, 4).format("yyyy-mm-dd").set();
        ws.value(r, 5, "是");
        ws.value(r, 6, "08:2" + r % 10);
        ws.value(r, 7, r % 17 == 0 ? "否" : "是");
        ws.value(r, 8, "11:3" + r % 10);
        ws.value(r, 9, "手写签名");
        if (r % 10_000 == 0) {
          ws.flush();
        }
      }
      wb.finish();
    }
    return (long) rows * HEADERS.length;
  }

  private static long fastexcel(Path file) throws Exception {
    long cells = 0;
    try (InputStream in = Files.newInputStream(file); ReadableWorkbook wb = new ReadableWorkbook(in);
        java.util.stream.Stream<Row> rows = wb.getFirstSheet().openStream()) {
      for (Row row : (Iterable<Row>) rows::iterator) {
        for (int c = 0; c < row.getCellCount(); c++) {
          org.dhatim.fastexcel.reader.Cell cell = row.getCell(c);
          if (cell != null && cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER && c == 4) {
            LocalDateTime d = cell.asDate();
            cells += d.getDayOfMonth() > 0 ? 1 : 0;
          } else if (cell != null && !cell.getRawValue().isEmpty()) {
            cells++;
          }
        }
      }
    }
    return cells;
  }

  private static long poi(Path file) throws Exception {
    long[] cells = {0};
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      try (InputStream sheet = sheets.next()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
            new XSSFSheetXMLHandler.SheetContentsHandler() {
              @Override
              public void startRow(int rowNum) {}

              @Override
              public void endRow(int rowNum) {}

              @Override
              public void cell(String ref, String formatted, XSSFComment comment) {
                if (formatted != null && !formatted.isEmpty()) {
                  cells[0]++;
                }
              }
            }, new org.apache.poi.ss.usermodel.DataFormatter(), false));
        xml.parse(new InputSource(sheet));
      }
    }
    return cells[0];
  }
}
