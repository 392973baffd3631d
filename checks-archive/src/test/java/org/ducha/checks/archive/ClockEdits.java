package org.ducha.checks.archive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.Lesson;
import org.ducha.model.LessonRecord;
import org.ducha.model.TrainingClass;

/** Edits of a class's times for the clock checks' fixtures. */
final class ClockEdits {
  static final LocalDate JUNE_30_2024 = LocalDate.of(2024, 6, 30);
  static final LocalDate JULY_1_2024 = LocalDate.of(2024, 7, 1);

  private ClockEdits() {}

  static LocalTime t(String hhmm) {
    return LocalTime.parse(hhmm);
  }

  /** Lesson {@code id} rescheduled from {@code start} to {@code end}. */
  static TrainingClass.Builder schedule(TrainingClass.Builder b, String id, String start, String end) {
    b.lessons.replaceAll(l -> l.id().equals(id)
        ? new Lesson(l.id(), l.date(), t(start), t(end), l.course(), l.teacherId(), l.hours(), l.kind(), l.mode()) : l);
    return b;
  }

  /** The record of lesson {@code id} giving the times {@code start} to {@code end}. */
  static TrainingClass.Builder recordTimes(TrainingClass.Builder b, String id, String start, String end) {
    b.lessonRecords.replaceAll(r -> r.lessonId().equals(id)
        ? new LessonRecord(r.lessonId(), r.date(), r.topic(), r.teacherId(), r.teacherSigned(), Optional.of(t(start)), Optional.of(t(end)))
        : r);
    return b;
  }

  /** The line of {@code traineeId} for {@code lessonId} with the times {@code in} to {@code out}. */
  static TrainingClass.Builder lineTimes(TrainingClass.Builder b, String traineeId, String lessonId, String in, String out) {
    return ArchiveScenarios.mapLine(b, traineeId, lessonId, e -> new AttendanceEntry(e.traineeId(), e.lessonId(), true,
        Optional.of(t(in)), true, Optional.of(t(out)), e.method()));
  }

  /** A further offline lesson {@code id} like {@code like}, on {@code day}, with {@code hours}, and a line of {@code traineeId}. */
  static TrainingClass.Builder extraLesson(TrainingClass.Builder b, String like, String id, LocalDate day, String start, String end,
      String hours, String traineeId, String in, String out) {
    Lesson l = b.lessons.stream().filter(x -> x.id().equals(like)).findFirst().orElseThrow();
    b.lessons.add(new Lesson(id, day, t(start), t(end), l.course(), l.teacherId(), new BigDecimal(hours), l.kind(), l.mode()));
    b.attendance.add(new AttendanceEntry(traineeId, id, true, Optional.of(t(in)), true, Optional.of(t(out)), AttendanceMethod.FACE));
    return b;
  }
}
