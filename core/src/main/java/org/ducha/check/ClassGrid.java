package org.ducha.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.ExamScore;
import org.ducha.model.ExamSession;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;

/**
 * The sign-in sheets (签到表) of one class as columns: one cell per trainee × planned lesson, in flat arrays, read
 * from the sheet lines in one pass. Obtain through {@link ClassIndex#grid()}: built once per class and inspection of
 * the institution and shared by every check that reads the sheets, so that checks reading the same cells pay for
 * the hash lookups of ids once instead of once per cell and check.
 *
 * <p>Rows are the trainees of the roster, in roster order (the first of several with one id), then the trainee ids
 * that appear only on sheet lines, in line order. Columns are the planned lessons, in plan order (the first of
 * several with one id). Lines for a lesson the plan does not list have no cell. Find a row with {@link #row(String)}
 * and a column with {@link #column(String)} once per trainee and lesson, then read cells by number.
 *
 * <p>Hours counted by the clock, per {@link ClassIndex.ClassHour}, come from {@link #credits(ClassIndex.ClassHour)},
 * computed on first use for each rule. Safe to read from several threads.
 */
public final class ClassGrid {

  /** Mark of a cell: some line bears a sign-in (签到). */
  public static final int SIGNED_IN = 1;
  /** Mark of a cell: some line bears a sign-out (签退). */
  public static final int SIGNED_OUT = 2;
  /** Marks of a cell whose lines together bear both a sign-in and a sign-out. */
  public static final int COMPLETE = SIGNED_IN | SIGNED_OUT;
  /** Ten-thousandths of a class hour in one class hour: the precision to which {@link ClassIndex.ClassHour#hours} rounds down. */
  public static final long UNIT = 10_000;

  /** Bit of {@link #cells}: one line of the cell bears both signatures. */
  private static final int COMPLETE_LINE = 4;
  /** {@link #lineMinutes} of a line without both signatures, or for a lesson the plan does not list. */
  private static final long NOT_COMPLETE = -1;
  /** {@link #lineMinutes} of a line signed in and out without both times. */
  private static final long UNTIMED = -2;

  private final TrainingClass trainingClass;
  private final List<Lesson> columns;
  private final Map<String, Integer> columnOf;
  private final Map<String, Integer> rowOf;
  private final int rows;
  private final int width;
  /** Per cell (row × width + column): SIGNED_IN, SIGNED_OUT merged over the cell's lines, and COMPLETE_LINE. */
  private final byte[] cells;
  /** Per sheet line of the class, in order: its cell, or -1 when the plan does not list its lesson. */
  private final int[] lineCell;
  /** Per sheet line: its row. */
  private final int[] lineRow;
  /**
   * Per sheet line: the whole minutes in which its sign-in and sign-out times overlap its lesson; {@link #UNTIMED} for
   * a line signed in and out without both times, {@link #NOT_COMPLETE} for one without both signatures or cell.
   * Worked out in the same pass as the cells, so that {@link #credits} need not read the lines again.
   */
  private final long[] lineMinutes;
  private final boolean[] signedAnywhere;
  private final boolean[] sheetKept;
  private final boolean[] scored;
  private final List<List<LeaveNote>> leave;
  private final ConcurrentHashMap<ClassIndex.ClassHour, Credits> credits = new ConcurrentHashMap<>();

  ClassGrid(TrainingClass c) {
    this.trainingClass = c;
    List<Lesson> lessons = c.lessons();
    this.columnOf = new HashMap<>(lessons.size() * 2);
    this.columns = new ArrayList<>(lessons.size());
    for (Lesson l : lessons) {
      if (columnOf.putIfAbsent(l.id(), columns.size()) == null) {
        columns.add(l);
      }
    }
    this.width = columns.size();
    List<Trainee> trainees = c.trainees();
    List<AttendanceEntry> lines = c.attendance();
    this.rowOf = new HashMap<>(trainees.size() * 2);
    List<String> rowIds = new ArrayList<>(trainees.size());
    for (Trainee t : trainees) {
      if (rowOf.putIfAbsent(t.id(), rowOf.size()) == null) {
        rowIds.add(t.id());
      }
    }
    this.lineRow = new int[lines.size()];
    int previous = -1;
    for (int i = 0; i < lines.size(); i++) {
      String id = lines.get(i).traineeId();
      int r = guess(rowIds, previous, id);
      if (r < 0) {
        r = row(id);
      }
      if (r < 0) {
        r = rowOf.size();
        rowOf.put(id, r);
        rowIds.add(id);
      }
      lineRow[i] = r;
      previous = r;
    }
    this.rows = rowOf.size();
    this.cells = new byte[rows * width];
    this.lineCell = new int[lines.size()];
    this.lineMinutes = new long[lines.size()];
    this.signedAnywhere = new boolean[rows];
    this.sheetKept = new boolean[width];
    // each lesson's times as nanos of the day, read once instead of once per line
    long[] start = new long[width];
    long[] end = new long[width];
    for (int k = 0; k < width; k++) {
      start[k] = columns.get(k).start().toNanoOfDay();
      end[k] = columns.get(k).end().toNanoOfDay();
    }
    List<String> columnIds = new ArrayList<>(width);
    columns.forEach(l -> columnIds.add(l.id()));
    int previousColumn = -1;
    for (int i = 0; i < lines.size(); i++) {
      AttendanceEntry e = lines.get(i);
      int col = guess(columnIds, previousColumn, e.lessonId());
      if (col < 0) {
        col = column(e.lessonId());
      }
      lineMinutes[i] = NOT_COMPLETE;
      if (col < 0) {
        lineCell[i] = -1;
        continue;
      }
      previousColumn = col;
      int cell = lineRow[i] * width + col;
      lineCell[i] = cell;
      int m = (e.signedIn() ? SIGNED_IN : 0) | (e.signedOut() ? SIGNED_OUT : 0);
      if (m != 0) {
        cells[cell] |= (byte) (m == COMPLETE ? COMPLETE | COMPLETE_LINE : m);
        signedAnywhere[lineRow[i]] = true;
        sheetKept[col] = true;
      }
      if (m == COMPLETE) {
        Optional<LocalTime> in = e.signInTime();
        Optional<LocalTime> out = e.signOutTime();
        lineMinutes[i] = in.isEmpty() || out.isEmpty() ? UNTIMED
            : ClassIndex.overlapMinutes(in.get().toNanoOfDay(), out.get().toNanoOfDay(), start[col], end[col]);
      }
    }
    this.scored = new boolean[rows];
    for (ExamSession s : c.exams()) {
      for (ExamScore sc : s.scores()) {
        Integer r = rowOf.get(sc.traineeId());
        if (r != null) {
          scored[r] = true;
        }
      }
    }
    this.leave = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      leave.add(List.of());
    }
    for (LeaveNote n : c.leaveNotes()) {
      Integer r = rowOf.get(n.traineeId());
      if (r != null) {
        if (leave.get(r).isEmpty()) {
          leave.set(r, new ArrayList<>(2));
        }
        leave.get(r).add(n);
      }
    }
  }

  /**
   * The position of {@code id} in {@code ids} if it is the one at {@code previous} or the next, else -1. Sheet lines
   * come in runs — a trainee's lines one lesson after another, or a lesson's sheet trainee after trainee in roster
   * order — so most lines are found by one comparison instead of a hash lookup.
   */
  private static int guess(List<String> ids, int previous, String id) {
    if (previous >= 0 && ids.get(previous).equals(id)) {
      return previous;
    }
    return previous + 1 < ids.size() && ids.get(previous + 1).equals(id) ? previous + 1 : -1;
  }

  /** The class whose sheets these are. */
  public TrainingClass trainingClass() {
    return trainingClass;
  }

  /** Number of rows: trainees of the roster and trainee ids found only on sheet lines. */
  public int rows() {
    return rows;
  }

  /** Number of columns: planned lessons with distinct ids. */
  public int columns() {
    return width;
  }

  /** The row of {@code traineeId}, or -1 when neither the roster nor a sheet line names it. */
  public int row(String traineeId) {
    Integer r = rowOf.get(traineeId);
    return r == null ? -1 : r;
  }

  /** The column of the planned lesson {@code lessonId}, or -1 when the plan does not list it. */
  public int column(String lessonId) {
    Integer c = columnOf.get(lessonId);
    return c == null ? -1 : c;
  }

  /** The planned lesson of {@code column}. */
  public Lesson lesson(int column) {
    return columns.get(column);
  }

  /** {@link #SIGNED_IN} and {@link #SIGNED_OUT} of the cell's lines together; 0 when none bears a signature. */
  public int marks(int row, int column) {
    return cells[row * width + column] & COMPLETE;
  }

  /** Whether one line of the cell bears both a sign-in and a sign-out. */
  public boolean completeLine(int row, int column) {
    return (cells[row * width + column] & COMPLETE_LINE) != 0;
  }

  /** Whether any line of the row, for a planned lesson, bears a sign-in or a sign-out. */
  public boolean signedAnywhere(int row) {
    return signedAnywhere[row];
  }

  /** Whether any line for the lesson of {@code column} bears a sign-in or a sign-out: its sheet was kept. */
  public boolean sheetKept(int column) {
    return sheetKept[column];
  }

  /** Whether the row's trainee has a score on a score sheet of the class. */
  public boolean scored(int row) {
    return scored[row];
  }

  /** Whether a leave note of the row's trainee covers {@code date}. */
  public boolean onLeave(int row, LocalDate date) {
    for (LeaveNote n : leave.get(row)) {
      if (n.covers(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Hours of the planned lessons for which one line of the row bears both a sign-in and a sign-out: the hours the
   * sheet credits (see {@link ClassIndex#attendedHours(String)}).
   */
  public BigDecimal sheetHours(int row) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int c = 0; c < width; c++) {
      if (completeLine(row, c)) {
        sum = sum.add(columns.get(c).hours());
      }
    }
    return sum;
  }

  /** What the lines earn by the clock under {@code rule}; computed once per rule, in one pass over the lines. */
  public Credits credits(ClassIndex.ClassHour rule) {
    Credits c = credits.get(rule);
    if (c == null) {
      c = new Credits(rule);
      Credits prev = credits.putIfAbsent(rule, c);
      if (prev != null) {
        c = prev;
      }
    }
    return c;
  }

  /**
   * The class hours each cell's lines earn by the clock under one {@link ClassIndex.ClassHour}, in {@link #UNIT}s
   * (ten-thousandths of a class hour): the best line of the cell, as {@link ClassIndex#creditedMinutes} and
   * {@link ClassIndex.ClassHour#hours} count it, and the sum per row.
   */
  public final class Credits {
    private final long[] cellUnits;
    private final long[] rowUnits;

    private Credits(ClassIndex.ClassHour rule) {
      long[] perHour = new long[width];
      long[] cap = new long[width];
      for (int c = 0; c < width; c++) {
        Lesson l = columns.get(c);
        perHour[c] = rule.minutesPerHour(l);
        // the planned hours, rounded down to a unit: what the minutes the hours need earn (ClassHour.hours)
        cap[c] = l.hours().movePointRight(4).setScale(0, RoundingMode.DOWN).longValueExact();
      }
      this.cellUnits = new long[rows * width];
      this.rowUnits = new long[rows];
      long untimed = rule.untimedLinesCredited() ? 1 : 0;
      for (int i = 0; i < lineCell.length; i++) {
        long overlap = lineMinutes[i];
        if (overlap == NOT_COMPLETE) {
          continue;
        }
        int cell = lineCell[i];
        int r = lineRow[i];
        int c = cell - r * width;
        // floor(min(overlap, hours × minutes per hour) / minutes per hour, 4 places) = min(floor(overlap …), cap)
        long units = overlap == UNTIMED ? untimed * cap[c] : Math.min(overlap * UNIT / perHour[c], cap[c]);
        if (units > cellUnits[cell]) {
          rowUnits[r] += units - cellUnits[cell];
          cellUnits[cell] = units;
        }
      }
    }

    /** Units the best line of the cell earns; 0 when none earns anything. */
    public long units(int row, int column) {
      return cellUnits[row * width + column];
    }

    /** Units the row's lines earn over every planned lesson, the best line of each lesson counting. */
    public long units(int row) {
      return rowUnits[row];
    }

    /** {@link #units(int)} as class hours. */
    public BigDecimal hours(int row) {
      return BigDecimal.valueOf(rowUnits[row], 4);
    }
  }
}
