package org.ducha.formats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ducha.engine.InputProblem;
import org.ducha.engine.MessageCatalog;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.model.Institution;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Institutions read from workbooks: the same records as JSON and YAML give, and every mistake at its cell, at once. */
class WorkbookReadingTest {
  @TempDir
  Path dir;

  private static byte[] workbook(Institution i) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(i, out);
    return out.toByteArray();
  }

  private static InstitutionInput read(Path file) {
    try (Stream<InstitutionInput> s = InspectionReader.of(List.of(file)).institutions()) {
      List<InstitutionInput> all = s.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  @Test
  void a_written_workbook_reads_back_as_the_same_records_through_the_inspection_reader() throws IOException {
    Institution clean = Fixtures.cleanInstitution();
    Path file = dir.resolve("centre.xlsx");
    Files.write(file, workbook(clean));
    InstitutionInput in = read(file);
    assertThat(in.problems()).isEmpty();
    Institution read = in.institution().orElseThrow();
    for (java.lang.reflect.RecordComponent rc : Institution.class.getRecordComponents()) {
      try {
        assertThat(rc.getAccessor().invoke(read)).as(rc.getName()).isEqualTo(rc.getAccessor().invoke(clean));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    assertThat(read).isEqualTo(clean);
  }

  @Test
  void a_folder_lists_workbooks_among_its_institution_files() throws IOException {
    Files.write(dir.resolve("centre.xlsx"), workbook(Fixtures.cleanInstitution()));
    Files.writeString(dir.resolve("notes.txt"), "not data");
    assertThat(InspectionReader.of(List.of(dir)).institutionFiles()).containsExactly(dir.resolve("centre.xlsx"));
  }

  /** The sheets of a clean workbook, as read, to spoil one cell at a time. */
  private static Map<String, Grid> grids() throws IOException {
    return new LinkedHashMap<>(WorkbookFileReader.grids(new ByteArrayInputStream(workbook(Fixtures.cleanInstitution()))));
  }

  /** {@code grids} with the cell at {@code column} of row {@code row} of {@code sheet} replaced by {@code cell}. */
  private static void set(Map<String, Grid> grids, String sheet, int row, Grid.Cell cell) {
    Grid g = grids.get(sheet);
    List<Grid.Row> rows = new ArrayList<>();
    for (Grid.Row r : g.rows()) {
      if (r.number() == row) {
        List<Grid.Cell> cells = new ArrayList<>(r.cells());
        cells.removeIf(c -> c.column() == cell.column());
        cells.add(cell);
        r = new Grid.Row(row, cells);
      }
      rows.add(r);
    }
    grids.put(sheet, new Grid(sheet, rows));
  }

  private static int column(Map<String, Grid> grids, String sheet, String header) {
    return grids.get(sheet).rows().get(0).cells().stream().filter(c -> c.text().equals(header)).findFirst().orElseThrow().column();
  }

  @Test
  void every_typical_mistake_is_reported_at_its_cell_in_one_run() throws IOException {
    Map<String, Grid> grids = grids();
    // Text in a date cell (the class's first lesson), an unknown operation type of a class, a missing sheet, and a
    // trainee's row written twice.
    int date = column(grids, "教学计划执行表", "日期");
    set(grids, "教学计划执行表", 2, new Grid.Cell(date, Grid.Type.TEXT, "三月七日", null));
    int kind = column(grids, "培训班", "培训类型");
    set(grids, "培训班", 2, new Grid.Cell(kind, Grid.Type.TEXT, "初级培训", null));
    grids.remove("以往检查问题");
    Grid trainees = grids.get("学员名单");
    List<Grid.Row> rows = new ArrayList<>(trainees.rows());
    Grid.Row second = rows.get(2);
    rows.add(new Grid.Row(rows.get(rows.size() - 1).number() + 1, second.cells()));
    grids.put("学员名单", new Grid("学员名单", rows));
    int last = rows.get(rows.size() - 1).number();

    InstitutionInput in = InspectionReader.institution(Assembler.assemble("centre.xlsx", grids));

    assertThat(in.institution()).isEmpty();
    List<String> where = in.problems().stream().map(p -> p.file().orElse("") + " " + p.key()).toList();
    assertThat(where).as("%s", in.problems()).containsExactlyInAnyOrder(
        "centre.xlsx input.workbook.sheet-missing",
        "centre.xlsx:教学计划执行表!" + Grid.column(date) + "2 input.value.not-a",
        "centre.xlsx:培训班!" + Grid.column(kind) + "2 input.value.not-enum",
        "centre.xlsx:学员名单!" + Grid.column(column(grids, "学员名单", "学员编号")) + last + " record.duplicate");
    for (InputProblem p : in.problems()) {
      assertThat(p.messageIn(MessageCatalog.ZH_CN)).containsPattern("\\p{IsHan}");
      assertThat(p.messageIn(MessageCatalog.EN)).isNotBlank();
    }
    InputProblem kindProblem = in.problems().stream().filter(p -> p.key().equals("input.value.not-enum")).findFirst().orElseThrow();
    assertThat(kindProblem.value()).isEqualTo("初级培训");
    assertThat(kindProblem.messageIn(MessageCatalog.ZH_CN)).contains("初训 (INITIAL)", "复训 (REFRESHER)");
  }

  @Test
  void an_unknown_column_a_missing_column_and_an_orphan_row_are_reported_at_their_cells() throws IOException {
    Map<String, Grid> grids = grids();
    int kind = column(grids, "协议", "类型");
    set(grids, "协议", 1, new Grid.Cell(kind, Grid.Type.TEXT, "种类", null));
    int classId = column(grids, "学员签到表", "班级编号");
    set(grids, "学员签到表", 2, new Grid.Cell(classId, Grid.Type.TEXT, "no-such-class", null));

    InstitutionInput in = InspectionReader.institution(Assembler.assemble("centre.xlsx", grids));

    List<String> where = in.problems().stream().map(p -> p.file().orElse("") + " " + p.key()).toList();
    assertThat(where).as("%s", in.problems()).containsExactlyInAnyOrder(
        "centre.xlsx:协议!" + Grid.column(kind) + "1 input.workbook.column-unknown",
        "centre.xlsx:协议!1 input.workbook.column-missing",
        "centre.xlsx:学员签到表!" + Grid.column(classId) + "2 input.workbook.no-parent");
  }

  @Test
  void excel_dates_times_numbers_and_yes_no_cells_read_as_their_values() {
    assertThat(Assembler.date(new BigDecimal("44627"))).isEqualTo("2022-03-07");
    assertThat(Assembler.date(new BigDecimal("44627.5"))).isEqualTo("2022-03-07");
    assertThat(Assembler.time(new BigDecimal("0.354166666666667"))).isEqualTo("08:30");
    assertThat(Assembler.time(new BigDecimal("44627.75"))).isEqualTo("18:00");
    assertThat(Assembler.text(new Grid.Cell(0, Grid.Type.NUMBER, "12", new BigDecimal("12.0")))).isEqualTo("12");
    assertThat(Assembler.text(new Grid.Cell(0, Grid.Type.NUMBER, "1.5", new BigDecimal("1.5")))).isEqualTo("1.5");
    assertThat(Grid.column(0)).isEqualTo("A");
    assertThat(Grid.column(25)).isEqualTo("Z");
    assertThat(Grid.column(26)).isEqualTo("AA");
  }

  @Test
  void a_file_that_is_not_a_workbook_is_one_located_problem() throws IOException {
    Path file = dir.resolve("broken.xlsx");
    Files.writeString(file, "not a zip");
    InstitutionInput in = read(file);
    assertThat(in.institution()).isEmpty();
    assertThat(in.problems()).singleElement().satisfies(p -> {
      assertThat(p.key()).isEqualTo("input.workbook.unreadable");
      assertThat(p.file()).hasValue(file.toString());
    });
  }

  @Test
  void the_template_has_every_sheet_with_its_headers_and_no_rows() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.template(out);
    Map<String, Grid> grids = WorkbookFileReader.grids(new ByteArrayInputStream(out.toByteArray()));
    for (Layout.Sheet s : Layout.sheets()) {
      assertThat(grids).containsKey(s.name());
      assertThat(grids.get(s.name()).rows()).hasSize(1);
      assertThat(grids.get(s.name()).rows().get(0).cells().stream().map(Grid.Cell::text).toList()).isEqualTo(s.headers());
    }
    assertThat(grids).containsKey(WorkbookWriter.CHOICES);
  }
}
