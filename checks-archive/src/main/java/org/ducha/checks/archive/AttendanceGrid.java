package org.ducha.checks.archive;

import java.util.List;
import org.ducha.check.ClassGrid;
import org.ducha.check.ClassIndex;
import org.ducha.model.Lesson;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;

/**
 * The sign-in sheets of one class read as a grid of trainee × due lesson, each cell holding whether the
 * trainee signed in and whether they signed out (several lines for one cell are merged). Built in one pass
 * over the sheet lines ({@link ClassIndex#grid()}); the owner of every cell (below) is decided in one pass over
 * that grid, once per class and inspection, and read by the checks as an array.
 *
 * <p>It decides which check owns a cell that is not a complete sign-in and sign-out, so that one missing
 * signature is reported once:
 *
 * <ol>
 *   <li>a leave note of the trainee covers the lesson's day: excused, no check ({@link Owner#NONE});
 *   <li>only one of sign-in and sign-out: {@code archive.attendance.unsigned};
 *   <li>no signature, and the trainee has scores but no signature anywhere in the class:
 *       {@code archive.exam.score-without-attendance} (one fact about the trainee, not one per lesson);
 *   <li>no signature, and nobody signed for the lesson, which was planned online in an online class: the online
 *       archive checks ({@code archive.online.no-archive}, {@code archive.online.incomplete});
 *   <li>no signature, nobody signed for the lesson and no record says it was taught
 *       ({@link ClassArchive#recordedAsTaught}): {@code archive.lesson.not-delivered}, or for a practical lesson
 *       {@code archive.practical-record.missing};
 *   <li>no signature, nobody signed for the lesson, but it was taught: the lesson's sheet is missing,
 *       {@code archive.attendance.unsigned};
 *   <li>no signature while others signed: {@code archive.attendance.absence-without-leave}.
 * </ol>
 */
final class AttendanceGrid {

  /** The check that reports a cell. */
  enum Owner {
    /** Complete, or excused by a leave note. */
    NONE,
    /** {@code archive.attendance.unsigned}. */
    UNSIGNED,
    /** {@code archive.attendance.absence-without-leave}. */
    ABSENCE_WITHOUT_LEAVE,
    /** {@code archive.exam.score-without-attendance}. */
    SCORE_WITHOUT_ATTENDANCE,
    /** {@code archive.online.no-archive} or {@code archive.online.incomplete}. */
    ONLINE_ARCHIVE,
    /** {@code archive.lesson.not-delivered} or {@code archive.practical-record.missing}. */
    LESSON_NOT_DELIVERED
  }

  static final int SIGNED_IN = ClassGrid.SIGNED_IN;
  static final int SIGNED_OUT = ClassGrid.SIGNED_OUT;
  static final int COMPLETE = ClassGrid.COMPLETE;

  private static final Owner[] OWNERS = Owner.values();

  private final ClassIndex index;
  private final TrainingClass trainingClass;
  private final ClassGrid cells;
  /** The owner of each cell of {@link #cells}, by ordinal, decided once for every check. */
  private final byte[] owners;

  private AttendanceGrid(ClassIndex index, TrainingClass trainingClass) {
    this.index = index;
    this.trainingClass = trainingClass;
    this.cells = index.grid();
    int width = cells.columns();
    // the owner of a cell nobody signed whose trainee signed elsewhere: a fact of the lesson
    Owner[] unsignedLesson = new Owner[width];
    for (int c = 0; c < width; c++) {
      unsignedLesson[c] = lessonOwner(cells.lesson(c), cells.sheetKept(c));
    }
    this.owners = new byte[cells.rows() * width];
    for (int r = 0; r < cells.rows(); r++) {
      boolean scoredOnly = cells.scored(r) && !cells.signedAnywhere(r);
      for (int c = 0; c < width; c++) {
        int m = cells.marks(r, c);
        Owner o;
        if (m == COMPLETE || cells.onLeave(r, cells.lesson(c).date())) {
          o = Owner.NONE;
        } else if (m != 0) {
          o = Owner.UNSIGNED;
        } else if (scoredOnly) {
          o = Owner.SCORE_WITHOUT_ATTENDANCE;
        } else {
          o = unsignedLesson[c];
        }
        owners[r * width + c] = (byte) o.ordinal();
      }
    }
  }

  /**
   * The grid of {@code archive}'s class: built once per class and inspection, in one pass over the cells of {@link
   * ClassIndex#grid()}, and shared by every archive check through {@link ClassIndex#shared}.
   */
  static AttendanceGrid of(ClassArchive archive) {
    ClassIndex index = archive.index();
    if (index.trainingClass() != archive.trainingClass()) {
      // two classes with one id share an index (the validator reports them); this one's own mode still counts
      return new AttendanceGrid(index, archive.trainingClass());
    }
    return index.shared(AttendanceGrid.class, i -> new AttendanceGrid(i, i.trainingClass()));
  }

  /** The row of {@code traineeId} in the class's grid, or -1. */
  int row(String traineeId) {
    return cells.row(traineeId);
  }

  /** The columns of {@code lessons} in the class's grid, -1 for a lesson the plan does not list. */
  int[] columns(List<Lesson> lessons) {
    int[] columns = new int[lessons.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = cells.column(lessons.get(i).id());
    }
    return columns;
  }

  /** {@link #SIGNED_IN} and {@link #SIGNED_OUT} bits of the trainee's lines for the lesson; 0 when none bears a signature. */
  int marks(String traineeId, String lessonId) {
    return marks(cells.row(traineeId), cells.column(lessonId));
  }

  /** {@link #marks(String, String)} by row and column, either of which may be -1. */
  int marks(int row, int column) {
    return row < 0 || column < 0 ? 0 : cells.marks(row, column);
  }

  /** Whether any line of the trainee, for any lesson of the class, bears a sign-in or a sign-out. */
  boolean signedAnywhere(String traineeId) {
    int r = cells.row(traineeId);
    return r >= 0 && cells.signedAnywhere(r);
  }

  /** Whether any trainee signed in or out for the lesson: its sheet was kept. */
  boolean sheetKept(String lessonId) {
    int c = cells.column(lessonId);
    return c >= 0 && cells.sheetKept(c);
  }

  /** Whether the trainee has exam scores in the class but no signature on any of its sheets. */
  boolean scoredWithoutAttendance(String traineeId) {
    int r = cells.row(traineeId);
    return r >= 0 ? cells.scored(r) && !cells.signedAnywhere(r) : !index.scoresOf(traineeId).isEmpty();
  }

  /** The check that reports the cell of {@code trainee} and the due {@code lesson}; see the class comment. */
  Owner owner(Trainee trainee, Lesson lesson) {
    return owner(cells.row(trainee.id()), cells.column(lesson.id()), trainee, lesson);
  }

  /**
   * {@link #owner(Trainee, Lesson)} with the trainee's row and the lesson's column already looked up (either may be
   * -1): an array read for every cell of the grid.
   */
  Owner owner(int row, int column, Trainee trainee, Lesson lesson) {
    if (row >= 0 && column >= 0) {
      return OWNERS[owners[row * cells.columns() + column]];
    }
    // a trainee or lesson the grid has no cell for: nothing signed
    if (index.onLeave(trainee.id(), lesson.date())) {
      return Owner.NONE;
    }
    if (scoredWithoutAttendance(trainee.id())) {
      return Owner.SCORE_WITHOUT_ATTENDANCE;
    }
    return lessonOwner(lesson, sheetKept(lesson.id()));
  }

  /** The owner of a cell without any signature whose trainee signed elsewhere or has no score. */
  private Owner lessonOwner(Lesson lesson, boolean sheetKept) {
    if (sheetKept) {
      return Owner.ABSENCE_WITHOUT_LEAVE;
    }
    if (ClassArchive.taughtOnline(trainingClass, lesson)) {
      return Owner.ONLINE_ARCHIVE;
    }
    if (!ClassArchive.recordedAsTaught(index, lesson)) {
      return Owner.LESSON_NOT_DELIVERED;
    }
    return Owner.UNSIGNED;
  }
}
