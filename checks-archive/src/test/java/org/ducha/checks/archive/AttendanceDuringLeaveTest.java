package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.leave;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.checks.archive.ArchiveScenarios.withoutLine;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class AttendanceDuringLeaveTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(AttendanceDuringLeave.ID);

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_a_trainee_signed_in_and_out_all_day_on_a_day_of_leave() {
    Institution inst = offline(b -> {
      b.leaveNotes.add(new LeaveNote("tr-01", ArchiveScenarios.MARCH_8, ArchiveScenarios.MARCH_9, "事假", Optional.empty()));
      return b;
    });
    assertThat(tester.inspect(inst)).hasFinding(AttendanceDuringLeave.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("traineeCount", 1)
        .withArgument("count", 2)
        .withEvidence("days", List.of("刘洋 2022-03-08", "刘洋 2022-03-09"));
  }

  @Test
  void silent_on_a_half_day_leave() {
    Institution inst = offline(b -> {
      withoutLine(b, "tr-01", "l4");
      b.leaveNotes.add(leave("tr-01", ArchiveScenarios.MARCH_8));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_on_a_leave_note_outside_the_lesson_days() {
    Institution inst = offline(b -> {
      b.leaveNotes.add(leave("tr-01", LocalDate.of(2022, 3, 10)));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
