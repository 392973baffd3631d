package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.mapLine;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ducha.finding.Severity;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class AttendanceNoTimeTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(AttendanceNoTime.ID);

  private static AttendanceEntry withoutTimes(AttendanceEntry e) {
    return new AttendanceEntry(e.traineeId(), e.lessonId(), true, Optional.empty(), true, Optional.empty(), e.method());
  }

  private static AttendanceEntry withoutSignOutTime(AttendanceEntry e) {
    return new AttendanceEntry(e.traineeId(), e.lessonId(), true, e.signInTime(), true, Optional.empty(), e.method());
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_per_class_counting_lines_without_a_time() {
    Institution inst = offline(b -> {
      mapLine(b, "tr-01", "l1", AttendanceNoTimeTest::withoutTimes);
      mapLine(b, "tr-01", "l2", AttendanceNoTimeTest::withoutTimes);
      return mapLine(b, "tr-04", "l2", AttendanceNoTimeTest::withoutSignOutTime);
    });
    assertThat(tester.inspect(inst)).hasFinding(AttendanceNoTime.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withSeverity(Severity.MINOR)
        .withArgument("count", 3)
        .withEvidence("trainees", List.of("刘洋", "黄磊"));
  }

  @Test
  void silent_on_a_line_without_signatures_which_has_no_time_to_give() {
    assertThat(tester.inspect(offline(b -> mapLine(b, "tr-01", "l1", ArchiveScenarios::blank)))).hasNoFindings();
  }
}
