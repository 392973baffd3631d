package org.ducha.formats.workbook;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ducha.engine.InputProblem;
import org.ducha.formats.InstitutionDocument;
import org.ducha.formats.workbook.JsonTree.Arr;
import org.ducha.formats.workbook.JsonTree.Obj;
import org.ducha.formats.workbook.JsonTree.Value;

/**
 * Builds the institution document from a workbook's sheets as the {@link Layout} says, keeping the cell of every value,
 * and collects the problems of the workbook's shape: a sheet or column missing, a column unknown, a row whose parent
 * row does not exist. Values are put into the document as they are (text in a date cell stays text), so that binding
 * and validation report them, each at its cell.
 */
final class Assembler {
  private final String file;
  private final java.util.function.BinaryOperator<String> placer;
  private final List<InputProblem> problems = new ArrayList<>();

  private Assembler(String file, java.util.function.BinaryOperator<String> placer) {
    this.file = file;
    this.placer = placer;
  }

  /** The document of the workbook {@code file} whose sheets, by name, are {@code grids}; cells named {@code file:sheet!D17}. */
  static InstitutionDocument assemble(String file, Map<String, Grid> grids) {
    return new Assembler(file, (sheet, cell) -> file + ":" + sheet + "!" + cell).build(grids);
  }

  /**
   * The document of the institution whose main file is {@code file} and whose sheets are {@code grids}, each cell
   * named by {@code placer} from the sheet's name and the cell's address ({@code D17}).
   */
  static InstitutionDocument assemble(String file, Map<String, Grid> grids, java.util.function.BinaryOperator<String> placer) {
    return new Assembler(file, placer).build(grids);
  }

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\n]");
  /** Excel's day 0 in the 1900 date system (serial 1 = 1900-01-01, with Excel's phantom 1900-02-29 counted). */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  private String place(String sheet, int column, int row) {
    return placer.apply(sheet, Grid.column(column) + row);
  }

  private String place(String sheet, String cell) {
    return placer.apply(sheet, cell);
  }

  private InstitutionDocument build(Map<String, Grid> grids) {
    Obj root = null;
    Map<Layout.Sheet, Map<List<String>, Obj>> index = new HashMap<>();
    for (Layout.Sheet sheet : Layout.sheets()) {
      Grid grid = grids.get(sheet.name());
      if (grid == null) {
        problems.add(InputProblem.keyed("", sheet.name(), "input.workbook.sheet-missing", sheet.name()).at(file, null, null));
        continue;
      }
      Map<String, Integer> columns = headers(sheet, grid);
      if (columns == null) {
        continue;
      }
      List<Grid.Row> rows = grid.rows().subList(Math.min(1, grid.rows().size()), grid.rows().size());
      if (sheet == Layout.INSTITUTION) {
        if (rows.size() != 1) {
          int at = rows.isEmpty() ? 2 : rows.get(1 % rows.size()).number();
          problems.add(InputProblem.keyed("", String.valueOf(rows.size()), "input.workbook.row-one", rows.size())
              .at(place(sheet.name(), "A" + at), null, null));
        }
        if (rows.isEmpty()) {
          continue;
        }
        root = new Obj(place(sheet.name(), 0, rows.get(0).number()));
        fill(root, sheet, columns, rows.get(0));
        continue;
      }
      Map<List<String>, Obj> own = new HashMap<>();
      index.put(sheet, own);
      for (Grid.Row row : rows) {
        Map<Integer, Grid.Cell> cells = new HashMap<>();
        row.cells().forEach(c -> cells.put(c.column(), c));
        Obj parent;
        List<String> keys = new ArrayList<>();
        for (String k : sheet.parentKeys()) {
          Grid.Cell c = cells.get(columns.get(k));
          keys.add(c == null ? "" : text(c));
        }
        if (sheet.parentKeys().isEmpty()) {
          parent = root;
        } else {
          parent = index.getOrDefault(sheet.parent(), Map.of()).get(keys);
          if (parent == null) {
            int col = columns.get(sheet.parentKeys().get(0));
            problems.add(InputProblem.keyed("", String.join(" / ", keys), "input.workbook.no-parent", sheet.parent().name(),
                String.join(" / ", keys)).at(place(sheet.name(), col, row.number()), null, null));
            continue;
          }
        }
        if (parent == null) {
          continue; // the institution's sheet is missing or empty: reported above
        }
        if (sheet.map()) {
          Layout.Column name = sheet.columns().get(0);
          Layout.Column value = sheet.columns().get(1);
          Grid.Cell n = cells.get(columns.get(name.header()));
          Grid.Cell v = cells.get(columns.get(value.header()));
          if (n != null) {
            Obj map = parent.object(sheet.field(), null);
            map.fields.put(text(n), Value.text(v == null ? "" : text(v), place(sheet.name(), v == null ? n.column() : v.column(), row.number())));
          }
          continue;
        }
        Obj obj = new Obj(place(sheet.name(), 0, row.number()));
        fill(obj, sheet, columns, row);
        parent.list(sheet.field()).items.add(obj);
        if (sheet.idHeader() != null) {
          List<String> identity = new ArrayList<>(keys);
          Grid.Cell id = cells.get(columns.get(sheet.idHeader()));
          identity.add(id == null ? "" : text(id));
          own.putIfAbsent(identity, obj);
        }
      }
    }
    if (root == null) { // the institution's sheet is missing or empty: nothing to bind
      return new InstitutionDocument(new byte[0], Map.of(), file, problems);
    }
    JsonTree.Text text = JsonTree.write(root);
    return new InstitutionDocument(text.json().getBytes(StandardCharsets.UTF_8), text.places(), file, problems);
  }

  /** The column of each header, or null when the sheet has no header row; unknown and missing headers reported. */
  private Map<String, Integer> headers(Layout.Sheet sheet, Grid grid) {
    Map<String, Integer> out = new LinkedHashMap<>();
    List<String> expected = sheet.headers();
    if (grid.rows().isEmpty() || grid.rows().get(0).number() != 1) {
      problems.add(InputProblem.keyed("", "", "input.workbook.column-missing", String.join(", ", expected))
          .at(place(sheet.name(), "A1"), null, null));
      return null;
    }
    for (Grid.Cell c : grid.rows().get(0).cells()) {
      String h = text(c).strip();
      if (h.isEmpty()) {
        continue;
      }
      if (!expected.contains(h)) {
        problems.add(InputProblem.keyed("", h, "input.workbook.column-unknown", h, String.join(", ", expected))
            .at(place(sheet.name(), c.column(), 1), null, null));
      } else {
        out.putIfAbsent(h, c.column());
      }
    }
    boolean complete = true;
    for (String h : expected) {
      if (!out.containsKey(h)) {
        problems.add(InputProblem.keyed("", "", "input.workbook.column-missing", h).at(place(sheet.name(), "1"), null, null));
        complete = false;
      }
    }
    return complete ? out : null;
  }

  /** Puts the row's values into {@code obj}, each at its cell. */
  private void fill(Obj obj, Layout.Sheet sheet, Map<String, Integer> columns, Grid.Row row) {
    Map<Integer, Grid.Cell> cells = new HashMap<>();
    row.cells().forEach(c -> cells.put(c.column(), c));
    for (Layout.Column col : sheet.columns()) {
      Grid.Cell c = cells.get(columns.get(col.header()));
      if (c == null || c.type() == Grid.Type.TEXT && c.text().isBlank()) {
        if (col.required() && col.field().indexOf('.') < 0) {
          // An explicit null at the empty cell, so that "missing" is reported at that cell, not at the row's first.
          obj.fields.put(col.field(), new Value("null", place(sheet.name(), columns.get(col.header()), row.number())));
        }
        continue;
      }
      String at = place(sheet.name(), c.column(), row.number());
      if (c.type() == Grid.Type.ERROR) {
        problems.add(InputProblem.keyed("", c.text(), "input.workbook.cell-error").at(at, null, null));
        continue;
      }
      Obj target = obj;
      String field = col.field();
      int dot = field.indexOf('.');
      if (dot > 0) {
        target = obj.object(field.substring(0, dot), at);
        field = field.substring(dot + 1);
      }
      target.fields.put(field, value(col.kind(), col.type(), c, at));
    }
  }

  private static JsonTree.Node value(Layout.Kind kind, Class<? extends Enum<?>> type, Grid.Cell c, String at) {
    return switch (kind) {
      case TEXT, ENUM -> Value.text(text(c), at);
      case DATE -> c.type() == Grid.Type.NUMBER ? Value.text(date(c.number()), at) : Value.text(c.text().strip(), at);
      case TIME -> c.type() == Grid.Type.NUMBER ? Value.text(time(c.number()), at) : Value.text(padHour(c.text().strip()), at);
      case DECIMAL, WHOLE -> c.type() == Grid.Type.NUMBER || NUMBER.matcher(c.text().strip()).matches()
          ? new Value(new BigDecimal(c.text().strip()).toPlainString(), at) : Value.text(c.text(), at);
      case BOOLEAN -> bool(c, at);
      case TEXTS, ENUMS, DATES -> list(kind, type, c, at);
    };
  }

  private static JsonTree.Node list(Layout.Kind kind, Class<? extends Enum<?>> type, Grid.Cell c, String at) {
    Arr a = new Arr(at);
    if (c.type() == Grid.Type.NUMBER) {
      a.items.add(Value.text(kind == Layout.Kind.DATES ? date(c.number()) : text(c), at));
      return a;
    }
    String[] parts = SEPARATORS.split(c.text());
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      // A label that holds a separator itself (突发疾病、意外伤害) is one value, not two.
      if (kind == Layout.Kind.ENUMS && i + 1 < parts.length) {
        String joined = part + "、" + parts[i + 1].strip();
        if (org.ducha.formats.EnumLabels.parse(enumType(type), joined).isPresent()) {
          a.items.add(Value.text(joined, at));
          i++;
          continue;
        }
      }
      if (!part.isEmpty()) {
        a.items.add(Value.text(part, at));
      }
    }
    return a;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Class<? extends Enum> enumType(Class<? extends Enum<?>> type) {
    return (Class<? extends Enum>) type;
  }

  private static JsonTree.Node bool(Grid.Cell c, String at) {
    if (c.type() == Grid.Type.BOOLEAN) {
      return new Value(c.text(), at);
    }
    String s = c.text().strip();
    return switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "是", "true", "有", "√", "✓" -> new Value("true", at);
      case "否", "false", "无", "×", "✗" -> new Value("false", at);
      default -> Value.text(s, at);
    };
  }

  /** {@code 8:30} as {@code 08:30} (Excel shows and saves times without the leading zero); any other text as it is. */
  static String padHour(String s) {
    return s.length() >= 4 && s.charAt(1) == ':' && Character.isDigit(s.charAt(0)) ? "0" + s : s;
  }

  /** A cell as text: numbers without a needless fraction (an id typed as 12 reads as "12"). */
  static String text(Grid.Cell c) {
    if (c.type() == Grid.Type.NUMBER && c.number() != null) {
      BigDecimal n = c.number().stripTrailingZeros();
      return n.scale() <= 0 ? n.toBigInteger().toString() : n.toPlainString();
    }
    return c.text();
  }

  /** An Excel serial date (1900 date system) as an ISO date; a fraction (a time of day) is dropped. */
  static String date(BigDecimal serial) {
    return EXCEL_EPOCH.plusDays(serial.longValue()).toString();
  }

  /** The fraction of a day as {@code HH:MM} or {@code HH:MM:SS}, rounded to the second. */
  static String time(BigDecimal serial) {
    BigDecimal fraction = serial.subtract(new BigDecimal(serial.toBigInteger()));
    long seconds = Math.round(fraction.doubleValue() * 86_400) % 86_400;
    LocalTime t = LocalTime.ofSecondOfDay(seconds);
    return t.getSecond() == 0 ? String.format("%02d:%02d", t.getHour(), t.getMinute()) : t.toString();
  }
}
