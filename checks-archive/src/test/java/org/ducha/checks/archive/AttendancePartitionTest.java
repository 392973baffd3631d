package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.blended;
import static org.ducha.checks.archive.ArchiveScenarios.leave;
import static org.ducha.checks.archive.ArchiveScenarios.mapLine;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.checks.archive.ArchiveScenarios.withoutLine;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.junit.jupiter.api.Test;

/**
 * A missing signature is one fact, reported by one check of the whole pack (see {@link AttendanceGrid}); only an
 * examined trainee's unexcused absence is two facts — no leave note, and examined short of hours.
 */
class AttendancePartitionTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack());

  @Test
  void a_trainee_with_scores_who_never_signed() {
    Institution inst = offline(b -> {
      b.attendance.removeIf(e -> e.traineeId().equals("tr-05"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasFindingsExactlyOf(ExamScoreWithoutAttendance.ID);
  }

  @Test
  void a_trainee_without_scores_who_never_signed() {
    Institution inst = offline(b -> {
      b.attendance.removeIf(e -> e.traineeId().equals("tr-05"));
      return ArchiveScenarios.notExamined(b, "tr-05");
    });
    assertThat(tester.inspect(inst)).hasFindingsExactlyOf(AttendanceAbsenceWithoutLeave.ID);
  }

  @Test
  void a_half_signed_line() {
    assertThat(tester.inspect(offline(b -> mapLine(b, "tr-02", "l6", ArchiveScenarios::signedInOnly))))
        .hasFindingsExactlyOf(AttendanceUnsigned.ID);
  }

  @Test
  void a_taught_lesson_nobody_signed_for() {
    Institution inst = offline(b -> {
      b.attendance.removeIf(e -> e.lessonId().equals("l6"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasFindingsExactlyOf(AttendanceUnsigned.ID);
  }

  @Test
  void a_theory_lesson_with_no_record_and_no_signature() {
    Institution inst = offline(b -> {
      b.attendance.removeIf(e -> e.lessonId().equals("l6"));
      b.lessonRecords.removeIf(r -> r.lessonId().equals("l6"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasFindingsExactlyOf(LessonNotDelivered.ID);
  }

  @Test
  void a_practical_lesson_with_no_record_and_no_signature() {
    Institution inst = offline(b -> {
      b.attendance.removeIf(e -> e.lessonId().equals("l5"));
      b.lessonRecords.removeIf(r -> r.lessonId().equals("l5"));
      b.practicalRecords.removeIf(r -> r.date().equals(ArchiveScenarios.MARCH_9));
      return b;
    });
    assertThat(tester.inspect(inst)).hasFindingsExactlyOf(PracticalRecordMissing.ID);
  }

  @Test
  void an_online_lesson_nobody_signed_for() {
    Institution inst = blended(b -> {
      b.attendance.removeIf(e -> e.lessonId().equals("m2"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasFindingsExactlyOf(OnlineIncomplete.ID);
  }

  @Test
  void an_examined_trainee_absent_with_leave() {
    Institution inst = offline(b -> {
      withoutLine(b, "tr-02", "l6");
      b.leaveNotes.add(leave("tr-02", ArchiveScenarios.MARCH_9));
      return b;
    });
    assertThat(tester.inspect(inst)).hasFindingsExactlyOf(ExamHoursShort.ID);
  }

  @Test
  void an_examined_trainee_absent_without_leave_is_two_facts() {
    assertThat(tester.inspect(offline(b -> withoutLine(b, "tr-02", "l6"))))
        .hasFindingsExactlyOf(AttendanceAbsenceWithoutLeave.ID, ExamHoursShort.ID);
  }
}
