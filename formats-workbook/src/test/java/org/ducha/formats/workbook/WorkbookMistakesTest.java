package org.ducha.formats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ducha.engine.InputProblem;
import org.ducha.engine.MessageCatalog;
import org.ducha.formats.InspectionReader;
import org.ducha.formats.InstitutionInput;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook as a clerk fills it in, with the mistakes clerks make: text in a date cell, an operation type the
 * institution does not have, a label with a typo, a required cell left empty, a trainee's row entered twice, a sheet
 * deleted. Read as a real {@code .xlsx} file through {@link InspectionReader}, it gives every problem in one run, each
 * with its workbook, sheet and cell, its value and what is wrong, in zh-CN and en.
 */
class WorkbookMistakesTest {
  @TempDir
  Path dir;

  /** The sheets of the clean institution's workbook, as the writer writes them and the reader reads them. */
  private static Map<String, Grid> clean() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WorkbookWriter.write(Fixtures.cleanInstitution(), out);
    return new LinkedHashMap<>(WorkbookFileReader.grids(new ByteArrayInputStream(out.toByteArray())));
  }

  /** Writes {@code grids} as an .xlsx file: text as text, numbers (Excel dates among them) as numbers. */
  static void writeXlsx(Map<String, Grid> grids, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "test", "1.0");
    for (Grid g : grids.values()) {
      Worksheet ws = wb.newWorksheet(g.sheet());
      for (Grid.Row r : g.rows()) {
        for (Grid.Cell c : r.cells()) {
          switch (c.type()) {
            case NUMBER -> ws.value(r.number() - 1, c.column(), c.number());
            case BOOLEAN -> ws.value(r.number() - 1, c.column(), Boolean.parseBoolean(c.text()));
            default -> ws.value(r.number() - 1, c.column(), c.text());
          }
        }
      }
    }
    wb.finish();
  }

  private static int column(Map<String, Grid> grids, String sheet, String header) {
    return grids.get(sheet).rows().get(0).cells().stream().filter(c -> c.text().equals(header)).findFirst().orElseThrow().column();
  }

  /** {@code grids} with the cell of {@code header} in row {@code row} of {@code sheet} set to {@code text} (null: emptied). */
  private static String set(Map<String, Grid> grids, String sheet, String header, int row, String text) {
    int column = column(grids, sheet, header);
    List<Grid.Row> rows = new ArrayList<>();
    for (Grid.Row r : grids.get(sheet).rows()) {
      if (r.number() == row) {
        List<Grid.Cell> cells = new ArrayList<>(r.cells());
        cells.removeIf(c -> c.column() == column);
        if (text != null) {
          cells.add(new Grid.Cell(column, Grid.Type.TEXT, text, null));
        }
        cells.sort(java.util.Comparator.comparingInt(Grid.Cell::column));
        r = new Grid.Row(row, cells);
      }
      rows.add(r);
    }
    grids.put(sheet, new Grid(sheet, rows));
    return sheet + "!" + Grid.column(column) + row;
  }

  @Test
  void every_mistake_of_a_clerk_is_reported_with_its_sheet_cell_and_value_in_one_run() throws IOException {
    Map<String, Grid> grids = clean();
    String date = set(grids, "教学计划执行表", "日期", 2, "三月七日");
    String operation = set(grids, "培训班", "作业类别代码", 2, "低压电工");
    String typo = set(grids, "机构信息", "法人形式", 2, "事业单为法人");
    String empty = set(grids, "花名册", "姓名", 3, null);
    grids.remove("以往检查问题");
    Grid trainees = grids.get("学员名单");
    List<Grid.Row> rows = new ArrayList<>(trainees.rows());
    int again = rows.get(rows.size() - 1).number() + 1;
    rows.add(new Grid.Row(again, rows.get(2).cells()));
    grids.put("学员名单", new Grid("学员名单", rows));
    String duplicate = "学员名单!" + Grid.column(column(grids, "学员名单", "学员编号")) + again;
    Path file = dir.resolve("机构.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      writeXlsx(grids, out);
    }

    InstitutionInput in;
    try (Stream<InstitutionInput> s = InspectionReader.of(List.of(file)).institutions()) {
      in = s.toList().get(0);
    }

    assertThat(in.institution()).isEmpty();
    String workbook = file.toString();
    // Where (workbook:sheet!cell), which value, which problem: every mistake, none twice, nothing else.
    List<String> found = in.problems().stream().map(p -> p.file().orElse("") + " '" + p.value() + "' " + p.key()).toList();
    assertThat(found).as("%s", in.problems()).containsExactlyInAnyOrder(
        workbook + " '以往检查问题' input.workbook.sheet-missing",
        workbook + ":" + date + " '三月七日' input.value.not-a",
        workbook + ":" + operation + " '低压电工' record.no-target",
        workbook + ":" + typo + " '事业单为法人' input.value.not-enum",
        workbook + ":" + empty + " '' constraint.NotBlank",
        workbook + ":" + duplicate + " 'tr-02' record.duplicate");
    for (InputProblem p : in.problems()) {
      String zh = p.render(MessageCatalog.ZH_CN);
      String en = p.render(MessageCatalog.EN);
      assertThat(zh).as(en).startsWith(p.file().orElseThrow()).containsPattern(":.*\\p{IsHan}");
      assertThat(en).startsWith(p.file().orElseThrow()).doesNotContain(p.messageIn(MessageCatalog.ZH_CN));
    }
    InputProblem typoProblem = in.problems().stream().filter(p -> p.key().equals("input.value.not-enum")).findFirst().orElseThrow();
    // The clerk is shown the right labels to choose from.
    assertThat(typoProblem.messageIn(MessageCatalog.ZH_CN)).contains("事业单位法人 (PUBLIC_INSTITUTION_LEGAL_PERSON)");
    assertThat(typoProblem.messageIn(MessageCatalog.EN)).startsWith("not one of").contains("事业单位法人");
    InputProblem dateProblem = in.problems().stream().filter(p -> p.key().equals("input.value.not-a")).findFirst().orElseThrow();
    assertThat(dateProblem.messageIn(MessageCatalog.ZH_CN)).contains("2022年3月7日");
    assertThat(dateProblem.messageIn(MessageCatalog.EN)).startsWith("not a date");
  }

  @Test
  void an_empty_required_cell_of_any_kind_is_reported_at_that_cell() throws IOException {
    Map<String, Grid> grids = clean();
    List<String> cells = List.of(
        set(grids, "制度文件", "页数", 2, null),
        set(grids, "制度文件", "盖章", 3, null),
        set(grids, "花名册", "入职日期", 2, null),
        set(grids, "花名册", "用工形式", 3, null),
        set(grids, "教学计划执行表", "学时", 3, null));
    Path file = dir.resolve("centre.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      writeXlsx(grids, out);
    }
    List<InputProblem> problems;
    try (Stream<InstitutionInput> s = InspectionReader.of(List.of(file)).institutions()) {
      problems = s.toList().get(0).problems();
    }
    assertThat(problems).extracting(p -> p.file().orElseThrow())
        .containsExactlyInAnyOrderElementsOf(cells.stream().map(c -> file + ":" + c).toList());
    assertThat(problems).allSatisfy(p -> assertThat(p.messageIn(MessageCatalog.EN)).contains("must not be null"));
  }
}
