package org.ducha.formats.workbook;

import java.math.BigDecimal;
import java.util.List;

/** A sheet as read, before its values are interpreted: rows of cells, each with its address. */
record Grid(String sheet, List<Grid.Row> rows) {
  Grid {
    rows = List.copyOf(rows);
  }

  /** What a cell holds as stored in the file. */
  enum Type { TEXT, NUMBER, BOOLEAN, ERROR }

  /**
   * One cell: its column (from 0), its type, its text (for numbers the stored literal), and for numbers their value.
   */
  record Cell(int column, Type type, String text, BigDecimal number) {}

  /** One row: its number (from 1) and its non-empty cells. */
  record Row(int number, List<Cell> cells) {
    Row {
      cells = List.copyOf(cells);
    }
  }

  /** The spreadsheet name of a column: 0 → A, 26 → AA. */
  static String column(int index) {
    StringBuilder sb = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      sb.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return sb.toString();
  }
}
