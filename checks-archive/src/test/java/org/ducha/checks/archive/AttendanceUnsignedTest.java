package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.blended;
import static org.ducha.checks.archive.ArchiveScenarios.leave;
import static org.ducha.checks.archive.ArchiveScenarios.mapLine;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.checks.archive.ArchiveScenarios.withoutLine;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class AttendanceUnsignedTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(AttendanceUnsigned.ID);

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_a_line_signed_in_but_not_out() {
    Institution inst = offline(b -> mapLine(b, "tr-02", "l3", ArchiveScenarios::signedInOnly));
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(AttendanceUnsigned.ID)
        .times(1)
        .forSubject(SubjectKind.CLASS, Fixtures.CLASS_OFFLINE)
        .withSeverity(Severity.MAJOR)
        .withArgument("count", 1)
        .withEvidence("trainees", List.of("陈晨"))
        .withEvidence("partialLines", 1);
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, AttendanceUnsigned.ID)))
        .isEqualTo("2022年3月7日低压电工初训班档案学员未签到签退（1人次）");
  }

  @Test
  void fires_once_per_class_on_a_taught_lesson_nobody_signed_for() {
    Institution inst = offline(b -> {
      b.attendance.removeIf(e -> e.lessonId().equals("l2"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasFinding(AttendanceUnsigned.ID)
        .times(1)
        .withArgument("count", 5)
        .withEvidence("partialLines", 0)
        .withEvidence("lessonsWithoutSheet", List.of("2022-03-07 14:00 电工基础知识"));
  }

  @Test
  void silent_when_a_leave_note_covers_the_half_signed_line() {
    Institution inst = offline(b -> {
      mapLine(b, "tr-02", "l3", ArchiveScenarios::signedInOnly);
      b.leaveNotes.add(leave("tr-02", ArchiveScenarios.MARCH_8));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_on_an_untaught_lesson_nobody_signed_for_which_is_the_lesson_checks_fact() {
    Institution inst = offline(b -> {
      b.attendance.removeIf(e -> e.lessonId().equals("l2"));
      b.lessonRecords.removeIf(r -> r.lessonId().equals("l2"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_on_a_trainee_who_never_signed_but_has_scores_which_is_the_exam_checks_fact() {
    Institution inst = offline(b -> {
      b.attendance.removeIf(e -> e.traineeId().equals("tr-05"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_on_an_online_lesson_nobody_signed_for_which_is_the_online_checks_fact() {
    Institution inst = blended(b -> {
      b.attendance.removeIf(e -> e.lessonId().equals("m1"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_on_a_missing_line_while_others_signed_which_is_an_absence() {
    assertThat(tester.inspect(offline(b -> withoutLine(b, "tr-03", "l1")))).hasNoFindings();
  }
}
