package org.ducha.formats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.model.Institution;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Institutions kept as CSV files, one a sheet, in UTF-8 (with or without BOM) or GBK, dates as Excel saves them. */
class CsvReadingTest {
  @TempDir
  Path dir;

  /** The clean institution's sheets as CSV texts: dates as 2022/3/7 (Excel's CSV), times as 8:30. */
  private static Map<String, String> sheets(Institution institution) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(institution, out);
    Map<String, Grid> grids = WorkbookFileReader.grids(new ByteArrayInputStream(out.toByteArray()));
    Map<String, String> csv = new HashMap<>();
    for (Layout.Sheet sheet : Layout.sheets()) {
      Map<Integer, Layout.Kind> kinds = new HashMap<>();
      for (int i = 0; i < sheet.columns().size(); i++) {
        kinds.put(sheet.parentKeys().size() + i, sheet.columns().get(i).kind());
      }
      StringBuilder sb = new StringBuilder();
      try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180)) {
        for (Grid.Row row : grids.get(sheet.name()).rows()) {
          String[] values = new String[sheet.headers().size()];
          java.util.Arrays.fill(values, "");
          for (Grid.Cell c : row.cells()) {
            String v = Assembler.text(c);
            if (c.type() == Grid.Type.NUMBER && kinds.get(c.column()) == Layout.Kind.DATE) {
              LocalDate d = LocalDate.parse(Assembler.date(c.number()));
              v = d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            } else if (kinds.get(c.column()) == Layout.Kind.TIME && v.startsWith("0")) {
              v = v.substring(1);
            }
            values[c.column()] = v;
          }
          p.printRecord((Object[]) values);
        }
      }
      csv.put(sheet.name(), sb.toString());
    }
    return csv;
  }

  @Test
  void csv_sheets_in_utf8_with_and_without_bom_and_in_gbk_read_as_the_same_records() throws IOException {
    Institution clean = Fixtures.cleanInstitution();
    int n = 0;
    for (Map.Entry<String, String> e : sheets(clean).entrySet()) {
      Path f = dir.resolve("centre." + e.getKey() + ".csv");
      byte[] bytes = switch (n++ % 3) {
        case 0 -> e.getValue().getBytes(Charset.forName("GBK"));
        case 1 -> ("\uFEFF" + e.getValue()).getBytes(StandardCharsets.UTF_8);
        default -> e.getValue().getBytes(StandardCharsets.UTF_8);
      };
      Files.write(f, bytes);
    }
    Files.writeString(dir.resolve("other.csv"), "not an institution's file");
    InspectionReader reader = InspectionReader.of(List.of(dir));
    assertThat(reader.institutionFiles()).containsExactly(dir.resolve("centre.机构信息.csv"));
    try (Stream<InstitutionInput> s = reader.institutions()) {
      InstitutionInput in = s.toList().get(0);
      assertThat(in.problems()).isEmpty();
      assertThat(in.institution()).hasValue(clean);
    }
  }

  @Test
  void a_missing_sheet_file_and_a_bad_cell_are_reported_with_the_file_and_cell() throws IOException {
    Institution clean = Fixtures.cleanInstitution();
    for (Map.Entry<String, String> e : sheets(clean).entrySet()) {
      if (!e.getKey().equals("以往检查问题")) {
        String text = e.getKey().equals("机构信息") ? e.getValue().replace("2022/4/20", "2022/4/31") : e.getValue();
        Files.writeString(dir.resolve("centre." + e.getKey() + ".csv"), text, StandardCharsets.UTF_8);
      }
    }
    try (Stream<InstitutionInput> s = InspectionReader.of(List.of(dir)).institutions()) {
      InstitutionInput in = s.toList().get(0);
      List<String> where = in.problems().stream().map(p -> p.file().orElse("") + " " + p.key()).toList();
      int column = Layout.INSTITUTION.headers().indexOf("检查日期");
      assertThat(where).as("%s", in.problems()).containsExactlyInAnyOrder(
          dir.resolve("centre.机构信息.csv") + " input.workbook.sheet-missing",
          dir.resolve("centre.机构信息.csv") + "!" + Grid.column(column) + "2 input.value.not-a");
    }
  }

  @Test
  void text_that_is_not_utf8_is_read_as_gb18030() {
    byte[] gbk = "学员签到表".getBytes(Charset.forName("GBK"));
    assertThat(CsvFileReader.decode(gbk)).isEqualTo("学员签到表");
    assertThat(CsvFileReader.decode("\uFEFF签到".getBytes(StandardCharsets.UTF_8))).isEqualTo("签到");
    assertThat(CsvFileReader.decode("签到".getBytes(StandardCharsets.UTF_8))).isEqualTo("签到");
  }
}
