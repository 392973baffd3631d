package org.ducha.formats.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ducha.formats.EnumLabels;
import org.ducha.model.Institution;

/**
 * Writes an institution's records as a workbook laid out as formats-workbook/README.md says (the layout the reader
 * reads), or the empty template of that workbook: Chinese headers, a drop-down of the zh-CN labels in every column of
 * enumerated values, date-formatted date columns, and in the template a first sheet {@value #GUIDE} saying how to fill
 * it in. Enumerated values are written as their labels, dates as Excel dates, times as {@code HH:MM} text, yes/no as
 * 是/否, lists joined with 、.
 *
 * <p>Same records, same bytes: the workbook's creation time ({@code docProps/core.xml}) is the fixed {@link #CREATED}
 * rather than the time of writing, and every entry of the file carries the same fixed time.
 */
public final class WorkbookWriter {
  private WorkbookWriter() {}

  /** Rows a template prepares (drop-downs and date formats) below its headers. */
  static final int TEMPLATE_ROWS = 2000;
  /** Rows a data workbook prepares (drop-downs and date formats) below its records, for additions. */
  static final int DATA_MARGIN = 100;
  /** The sheet holding the drop-downs' choices, hidden. */
  static final String CHOICES = "选项";
  /** The template's first sheet: how to fill the workbook in. */
  static final String GUIDE = "填写说明";
  /**
   * The creation time every workbook states, whenever it is written: the start of the zip format's calendar, the time
   * the file's entries carry too. A fixed time keeps the same records giving the same bytes.
   */
  public static final Instant CREATED = Instant.parse("1980-01-01T00:00:00Z");

  /** Writes {@code institution} as a workbook to {@code out} (not closed). */
  public static void write(Institution institution, OutputStream out) throws IOException {
    write(Optional.of(institution), out);
  }

  /** Writes the empty template workbook to {@code out} (not closed). */
  public static void template(OutputStream out) throws IOException {
    write(Optional.empty(), out);
  }

  private static void write(Optional<Institution> institution, OutputStream out) throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream(1 << 16);
    write(institution, institution.isEmpty(), written);
    DeterministicZip.copy(written.toByteArray(), out, CREATED);
  }

  private static void write(Optional<Institution> institution, boolean guide, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "Ducha", "1.0");
    wb.properties().setTitle("督查 机构记录");
    Map<Class<?>, Integer> choiceColumns = new LinkedHashMap<>();
    for (Layout.Sheet sheet : Layout.sheets()) {
      for (Layout.Column c : sheet.columns()) {
        if (c.type() != null) {
          choiceColumns.putIfAbsent(c.type(), choiceColumns.size());
        }
      }
    }
    Map<Layout.Sheet, List<Object[]>> rows = institution.map(WorkbookWriter::rows).orElse(Map.of());
    if (guide) {
      guide(wb.newWorksheet(GUIDE));
    }
    Map<Layout.Sheet, Worksheet> sheets = new LinkedHashMap<>();
    for (Layout.Sheet sheet : Layout.sheets()) {
      sheets.put(sheet, wb.newWorksheet(sheet.name()));
    }
    // The choices come last, hidden: a workbook opens on its first sheet.
    Worksheet choices = wb.newWorksheet(CHOICES);
    choices.setVisibilityState(org.dhatim.fastexcel.VisibilityState.HIDDEN);
    for (Layout.Sheet sheet : Layout.sheets()) {
      Worksheet ws = sheets.get(sheet);
      List<String> headers = sheet.headers();
      for (int c = 0; c < headers.size(); c++) {
        ws.value(0, c, headers.get(c));
        ws.style(0, c).bold().fillColor("DDEBF7").set();
        ws.width(c, Math.max(10, headers.get(c).length() * 2.4));
      }
      ws.freezePane(0, 1);
      List<Object[]> data = rows.getOrDefault(sheet, List.of());
      // Each prepared row costs every column a styled empty cell: a data workbook prepares a margin for additions only.
      int last = institution.isEmpty() ? TEMPLATE_ROWS : data.size() + DATA_MARGIN;
      int keys = sheet.parentKeys().size();
      for (int i = 0; i < sheet.columns().size(); i++) {
        Layout.Column col = sheet.columns().get(i);
        int c = keys + i;
        if (col.kind() == Layout.Kind.DATE) {
          ws.range(1, c, last, c).style().format("yyyy-mm-dd").set();
        }
        if (col.kind() == Layout.Kind.TIME) {
          // A time typed as 8:30 becomes an Excel time, shown as such; a time written as text stays text.
          ws.range(1, c, last, c).style().format("hh:mm").set();
        }
        if (col.kind() == Layout.Kind.ENUM || col.kind() == Layout.Kind.BOOLEAN) {
          int choice = col.kind() == Layout.Kind.BOOLEAN ? -1 : choiceColumns.get(col.type());
          int n = col.kind() == Layout.Kind.BOOLEAN ? 2 : col.type().getEnumConstants().length;
          int choiceCol = choice < 0 ? choiceColumns.size() : choice;
          ws.range(1, c, last, c).validateWithList(choices.range(1, choiceCol, n, choiceCol))
              .allowBlank(!col.required()).showErrorMessage(true).errorTitle("不在选项中")
              .error("请从下拉列表中选择").showDropdown(true);
        }
      }
      for (int r = 0; r < data.size(); r++) {
        Object[] row = data.get(r);
        for (int c = 0; c < row.length; c++) {
          Object v = row[c];
          if (v instanceof LocalDate d) {
            ws.value(r + 1, c, d);
          } else if (v instanceof BigDecimal n) {
            ws.value(r + 1, c, n);
          } else if (v instanceof Integer n) {
            ws.value(r + 1, c, n);
          } else if (v != null) {
            ws.value(r + 1, c, v.toString());
          }
        }
      }
    }
    for (Map.Entry<Class<?>, Integer> e : choiceColumns.entrySet()) {
      choices.value(0, e.getValue(), e.getKey().getSimpleName());
      Object[] constants = e.getKey().getEnumConstants();
      for (int i = 0; i < constants.length; i++) {
        choices.value(i + 1, e.getValue(), EnumLabels.label((Enum<?>) constants[i]));
      }
    }
    choices.value(0, choiceColumns.size(), "是否");
    choices.value(1, choiceColumns.size(), "是");
    choices.value(2, choiceColumns.size(), "否");
    wb.finish();
  }

  /** The lines of the template's guide sheet. */
  static final List<String> GUIDE_LINES = List.of(
      "本工作簿记录一个培训机构（考试点）的资料：每个机构一个工作簿，每种表格一张工作表。",
      "每张工作表第一行为表头，请勿修改或删除；列的顺序可以调整。没有记录的工作表保留表头、其下留空，不要删除工作表。",
      "“机构信息”只填一行。其他工作表每行一条记录；子表的行以“班级编号”（考试成绩等另加“场次编号”）指明所属的培训班或考试场次。",
      "带下拉列表的列请从列表中选择（如 法人形式、培训类型、签到方式）；是否列填 是 或 否。",
      "日期填 Excel 日期，或文字 2022年3月7日、2022/3/7、2022.3.7、2022-03-07；时间填 8:30 或 08:30。",
      "一格多值（如 考评员编号、设备编号）用 、 , ， ; ； 分隔。必填列不能留空。",
      "检查：ducha validate 文件夹或工作簿.xlsx 列出所有问题，每个问题注明工作表和单元格（如 学员签到表!D17）；"
          + "督查：ducha inspect 文件夹。",
      "各表各列的含义见 formats-workbook/README.md。");

  private static void guide(Worksheet ws) {
    ws.value(0, 0, "填写说明");
    ws.style(0, 0).bold().set();
    ws.width(0, 120);
    for (int i = 0; i < GUIDE_LINES.size(); i++) {
      ws.value(i + 1, 0, (i + 1) + ". " + GUIDE_LINES.get(i));
      ws.style(i + 1, 0).wrapText(true).set();
    }
  }

  /** Every sheet's rows, each as the cell values in the sheet's header order. */
  private static Map<Layout.Sheet, List<Object[]>> rows(Institution institution) {
    Map<Layout.Sheet, List<Located>> records = new LinkedHashMap<>();
    Map<Layout.Sheet, List<Object[]>> out = new LinkedHashMap<>();
    for (Layout.Sheet sheet : Layout.sheets()) {
      List<Located> here = new ArrayList<>();
      if (sheet == Layout.INSTITUTION) {
        here.add(new Located(List.of(), institution));
      } else {
        for (Located parent : records.getOrDefault(sheet.parent(), List.of())) {
          List<Object> keys = new ArrayList<>(parent.keys());
          if (sheet.parent().idHeader() != null) {
            keys.add(field(parent.record(), idField(sheet.parent())));
          }
          Object v = field(parent.record(), sheet.field());
          if (v instanceof Map<?, ?> m) {
            m.forEach((k, val) -> here.add(new Located(keys, Map.entry(k, val))));
          } else if (v instanceof Collection<?> c) {
            c.forEach(e -> here.add(new Located(keys, e)));
          }
        }
      }
      records.put(sheet, here);
      List<Object[]> rows = new ArrayList<>();
      for (Located l : here) {
        Object[] row = new Object[sheet.parentKeys().size() + sheet.columns().size()];
        for (int i = 0; i < l.keys().size(); i++) {
          row[i] = l.keys().get(i);
        }
        for (int i = 0; i < sheet.columns().size(); i++) {
          Layout.Column c = sheet.columns().get(i);
          Object v = l.record() instanceof Map.Entry<?, ?> e ? (i == 0 ? e.getKey() : e.getValue()) : path(l.record(), c.field());
          row[sheet.parentKeys().size() + i] = cell(v);
        }
        rows.add(row);
      }
      out.put(sheet, rows);
    }
    return out;
  }

  private record Located(List<Object> keys, Object record) {}

  private static String idField(Layout.Sheet sheet) {
    return sheet.columns().stream().filter(c -> c.header().equals(sheet.idHeader())).findFirst().orElseThrow().field();
  }

  private static Object path(Object record, String field) {
    int dot = field.indexOf('.');
    if (dot < 0) {
      return field(record, field);
    }
    Object inner = field(record, field.substring(0, dot));
    return inner == null ? null : field(inner, field.substring(dot + 1));
  }

  /** A record's component {@code name}, optionals unwrapped (null when empty). */
  private static Object field(Object record, String name) {
    for (RecordComponent rc : record.getClass().getRecordComponents()) {
      if (rc.getName().equals(name)) {
        try {
          Object v = rc.getAccessor().invoke(record);
          return v instanceof Optional<?> o ? o.orElse(null) : v;
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + rc, e);
        }
      }
    }
    throw new IllegalStateException(record.getClass().getSimpleName() + " has no component " + name);
  }

  /** The value a cell shows for {@code v}. */
  private static Object cell(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Enum<?> e) {
      return EnumLabels.label(e);
    }
    if (v instanceof Boolean b) {
      return b ? "是" : "否";
    }
    if (v instanceof LocalTime t) {
      return t.getSecond() == 0 ? String.format("%02d:%02d", t.getHour(), t.getMinute()) : t.toString();
    }
    if (v instanceof Collection<?> c) {
      if (c.isEmpty()) {
        return null;
      }
      List<String> parts = new ArrayList<>();
      for (Object o : c) {
        parts.add(o instanceof Enum<?> e ? EnumLabels.label(e) : o.toString());
      }
      if (c instanceof java.util.Set<?>) {
        java.util.Collections.sort(parts);
      }
      return String.join("、", parts);
    }
    if (v instanceof Long n) {
      return BigDecimal.valueOf(n);
    }
    return v;
  }
}
