package org.ducha.checks.archive;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.Lesson;
import org.ducha.model.Trainee;

/**
 * The sign-in sheets of one class read as a grid of trainee × due lesson, each cell holding whether the
 * trainee signed in and whether they signed out (several lines for one cell are merged). Built in one pass
 * over the sheet lines; every lookup is a hash lookup.
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

  static final int SIGNED_IN = 1;
  static final int SIGNED_OUT = 2;
  static final int COMPLETE = SIGNED_IN | SIGNED_OUT;

  /**
   * The signatures of the class's sheet lines, merged per cell: built once per class and inspection and shared by
   * every archive check through {@link org.ducha.check.ClassIndex#shared}.
   */
  static final class Signatures {
    /** Position of each planned lesson in the class's list. */
    private final Map<String, Integer> lessonPosition;
    /** Per trainee, the merged marks of each lesson by its position. */
    private final Map<String, byte[]> rows;
    private final Set<String> traineesWhoSigned;
    private final Set<String> lessonsSignedFor;

    Signatures(org.ducha.check.ClassIndex index) {
      List<Lesson> lessons = index.trainingClass().lessons();
      this.lessonPosition = new HashMap<>(lessons.size() * 2);
      for (int i = 0; i < lessons.size(); i++) {
        lessonPosition.putIfAbsent(lessons.get(i).id(), i);
      }
      this.rows = new HashMap<>();
      this.traineesWhoSigned = new HashSet<>();
      this.lessonsSignedFor = new HashSet<>();
      for (AttendanceEntry e : index.trainingClass().attendance()) {
        int m = (e.signedIn() ? SIGNED_IN : 0) | (e.signedOut() ? SIGNED_OUT : 0);
        Integer pos = lessonPosition.get(e.lessonId());
        if (m != 0 && pos != null) {
          rows.computeIfAbsent(e.traineeId(), t -> new byte[lessons.size()])[pos] |= (byte) m;
          traineesWhoSigned.add(e.traineeId());
          lessonsSignedFor.add(e.lessonId());
        }
      }
    }

    int marks(String traineeId, String lessonId) {
      byte[] row = rows.get(traineeId);
      Integer pos = row == null ? null : lessonPosition.get(lessonId);
      return pos == null ? 0 : row[pos];
    }
  }

  private final ClassArchive archive;
  private final Signatures signatures;
  private final Set<String> traineesWhoSigned;
  private final Set<String> lessonsSignedFor;

  private AttendanceGrid(ClassArchive archive) {
    this.archive = archive;
    this.signatures = archive.index().shared(Signatures.class, Signatures::new);
    this.traineesWhoSigned = signatures.traineesWhoSigned;
    this.lessonsSignedFor = signatures.lessonsSignedFor;
  }

  static AttendanceGrid of(ClassArchive archive) {
    return new AttendanceGrid(archive);
  }

  /** {@link #SIGNED_IN} and {@link #SIGNED_OUT} bits of the trainee's lines for the lesson; 0 when none bears a signature. */
  int marks(String traineeId, String lessonId) {
    return signatures.marks(traineeId, lessonId);
  }

  /** Whether any line of the trainee, for any lesson of the class, bears a sign-in or a sign-out. */
  boolean signedAnywhere(String traineeId) {
    return traineesWhoSigned.contains(traineeId);
  }

  /** Whether any trainee signed in or out for the lesson: its sheet was kept. */
  boolean sheetKept(String lessonId) {
    return lessonsSignedFor.contains(lessonId);
  }

  /** Whether the trainee has exam scores in the class but no signature on any of its sheets. */
  boolean scoredWithoutAttendance(String traineeId) {
    return !signedAnywhere(traineeId) && !archive.index().scoresOf(traineeId).isEmpty();
  }

  /** The check that reports the cell of {@code trainee} and the due {@code lesson}; see the class comment. */
  Owner owner(Trainee trainee, Lesson lesson) {
    int m = marks(trainee.id(), lesson.id());
    if (m == COMPLETE || archive.index().onLeave(trainee.id(), lesson.date())) {
      return Owner.NONE;
    }
    if (m != 0) {
      return Owner.UNSIGNED;
    }
    if (scoredWithoutAttendance(trainee.id())) {
      return Owner.SCORE_WITHOUT_ATTENDANCE;
    }
    if (sheetKept(lesson.id())) {
      return Owner.ABSENCE_WITHOUT_LEAVE;
    }
    if (archive.taughtOnline(lesson)) {
      return Owner.ONLINE_ARCHIVE;
    }
    if (!archive.recordedAsTaught(lesson)) {
      return Owner.LESSON_NOT_DELIVERED;
    }
    return Owner.UNSIGNED;
  }
}
