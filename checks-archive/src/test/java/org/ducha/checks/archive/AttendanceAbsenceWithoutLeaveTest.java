package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.inspectedOn;
import static org.ducha.checks.archive.ArchiveScenarios.leave;
import static org.ducha.checks.archive.ArchiveScenarios.mapLine;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.checks.archive.ArchiveScenarios.withoutLine;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class AttendanceAbsenceWithoutLeaveTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(AttendanceAbsenceWithoutLeave.ID);

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_absences_without_a_leave_note() {
    Institution inst = offline(b -> {
      withoutLine(b, "tr-03", "l4");
      withoutLine(b, "tr-03", "l5");
      return mapLine(b, "tr-04", "l6", ArchiveScenarios::blank);
    });
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(AttendanceAbsenceWithoutLeave.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("traineeCount", 2)
        .withArgument("count", 3)
        .withEvidence("trainees", List.of("杨帆", "黄磊"));
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, AttendanceAbsenceWithoutLeave.ID)))
        .isEqualTo("2022年3月7日低压电工初训班档案学员签到表中未签到学员无请假条（2人、3人次）");
  }

  @Test
  void silent_when_a_leave_note_covers_the_day() {
    Institution inst = offline(b -> {
      withoutLine(b, "tr-03", "l4");
      b.leaveNotes.add(leave("tr-03", ArchiveScenarios.MARCH_8));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_on_lessons_not_yet_due_on_the_inspection_date() {
    Institution inst = inspectedOn(offline(b -> withoutLine(b, "tr-03", "l5")), ArchiveScenarios.MARCH_9);
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void a_trainee_who_never_came_and_was_not_examined_is_absent_from_every_lesson() {
    Institution inst = offline(b -> {
      b.attendance.removeIf(e -> e.traineeId().equals("tr-05"));
      return ArchiveScenarios.notExamined(b, "tr-05");
    });
    assertThat(tester.inspect(inst)).hasFinding(AttendanceAbsenceWithoutLeave.ID)
        .withArgument("traineeCount", 1)
        .withArgument("count", 6)
        .withEvidence("trainees", List.of("何静"));
  }
}
