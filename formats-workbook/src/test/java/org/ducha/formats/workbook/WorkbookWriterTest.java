package org.ducha.formats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbooks the writer writes: the same bytes for the same records, and a template a clerk can fill in. */
class WorkbookWriterTest {
  @TempDir
  Path dir;

  private static byte[] template() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.template(out);
    return out.toByteArray();
  }

  private static byte[] workbook() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(Fixtures.cleanInstitution(), out);
    return out.toByteArray();
  }

  /** Every entry of the zip {@code bytes}, by name, as text. */
  private Map<String, String> entries(byte[] bytes) throws IOException {
    Path file = Files.write(Files.createTempFile(dir, "wb", ".xlsx"), bytes);
    Map<String, String> out = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        out.put(e.getName(), unescape(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8)));
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
      }
    }
    return out;
  }

  /** {@code xml} with its character references ({@code &#x9009;}, as fastexcel writes non-ASCII text) resolved. */
  private static String unescape(String xml) {
    return Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
        .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
  }

  @Test
  void the_same_records_give_the_same_bytes_whenever_they_are_written() throws Exception {
    byte[] first = workbook();
    byte[] firstTemplate = template();
    Thread.sleep(1100); // past a change of the second, which a time of writing would show
    assertThat(workbook()).isEqualTo(first);
    assertThat(template()).isEqualTo(firstTemplate);
    assertThat(entries(first).get("docProps/core.xml")).contains(">1980-01-01T00:00:00Z</dcterms:created>");
  }

  /** The path of each sheet's XML in the workbook, by sheet name (from workbook.xml and its relationships). */
  private static Map<String, String> sheetFiles(Map<String, String> entries) {
    Map<String, String> targets = new LinkedHashMap<>();
    Matcher rel = Pattern.compile("<Relationship [^>]*?Id=\"(rId\\d+)\"[^>]*?Target=\"([^\"]+)\"|<Relationship [^>]*?Target=\"([^\"]+)\"[^>]*?Id=\"(rId\\d+)\"")
        .matcher(entries.get("xl/_rels/workbook.xml.rels"));
    while (rel.find()) {
      String id = rel.group(1) != null ? rel.group(1) : rel.group(4);
      String target = rel.group(2) != null ? rel.group(2) : rel.group(3);
      targets.put(id, "xl/" + target.replaceFirst("^/?xl/", ""));
    }
    Map<String, String> out = new LinkedHashMap<>();
    Matcher sheet = Pattern.compile("<sheet [^>]*?name=\"([^\"]+)\"[^>]*?r:id=\"(rId\\d+)\"").matcher(entries.get("xl/workbook.xml"));
    while (sheet.find()) {
      out.put(sheet.group(1), targets.get(sheet.group(2)));
    }
    return out;
  }

  @Test
  void the_template_opens_on_its_guide_and_offers_drop_downs_and_date_cells() throws IOException {
    byte[] bytes = template();
    Map<String, Grid> grids = WorkbookFileReader.grids(new ByteArrayInputStream(bytes));
    assertThat(grids.keySet().iterator().next()).isEqualTo(WorkbookWriter.GUIDE);
    assertThat(grids.get(WorkbookWriter.GUIDE).rows()).hasSize(1 + WorkbookWriter.GUIDE_LINES.size());

    Map<String, String> entries = entries(bytes);
    Map<String, String> sheets = sheetFiles(entries);
    assertThat(entries.get("xl/workbook.xml")).containsPattern("<sheet [^>]*name=\"选项\"[^>]*state=\"hidden\"");
    // 学员签到表: 已签到 (是/否) and 签到方式 (AttendanceMethod) have drop-downs from the hidden sheet 选项.
    String signIn = entries.get(sheets.get("学员签到表"));
    List<String> headers = Layout.ATTENDANCE.headers();
    String yesNo = Grid.column(headers.indexOf("已签到"));
    String method = Grid.column(headers.indexOf("签到方式"));
    assertThat(signIn).containsPattern("<dataValidation sqref=\"" + yesNo + "2:" + yesNo + "\\d+\" type=\"list\"[^>]*>\\s*<formula1>'?选项'?!");
    assertThat(signIn).containsPattern("<dataValidation sqref=\"" + method + "2:" + method + "\\d+\" type=\"list\"");
    // Every enumerated or yes/no column of every sheet has one.
    for (Layout.Sheet s : Layout.sheets()) {
      String xml = entries.get(sheets.get(s.name()));
      long lists = s.columns().stream().filter(c -> c.kind() == Layout.Kind.ENUM || c.kind() == Layout.Kind.BOOLEAN).count();
      assertThat(Pattern.compile("<dataValidation ").matcher(xml).results().count()).as(s.name()).isEqualTo(lists);
    }
    // Date columns are formatted as dates: the style of a date cell below the header has a yyyy-mm-dd number format.
    assertThat(entries.get("xl/styles.xml")).contains("formatCode=\"yyyy-mm-dd\"", "formatCode=\"hh:mm\"");
  }

  @Test
  void a_data_workbook_has_no_guide_sheet() throws IOException {
    Map<String, Grid> grids = WorkbookFileReader.grids(new ByteArrayInputStream(workbook()));
    assertThat(grids).doesNotContainKey(WorkbookWriter.GUIDE).containsKey(Layout.INSTITUTION.name());
  }
}
