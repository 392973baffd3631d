package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ExamScoreWithoutAttendanceTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(ExamScoreWithoutAttendance.ID);

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
    assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasNoFindings();
  }

  @Test
  void fires_on_trainees_with_scores_and_no_signature() {
    Institution inst = offline(b -> {
      b.attendance.removeIf(e -> e.traineeId().equals("tr-05"));
      b.attendance.replaceAll(e -> e.traineeId().equals("tr-04") ? ArchiveScenarios.blank(e) : e);
      return b;
    });
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(ExamScoreWithoutAttendance.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withSeverity(Severity.CRITICAL)
        .withArgument("count", 2)
        .withEvidence("trainees", List.of("黄磊", "何静"));
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, ExamScoreWithoutAttendance.ID)))
        .isEqualTo("2022年3月7日低压电工初训班档案学员培训未签到签退但有考试成绩（2人）");
  }

  @Test
  void silent_on_a_trainee_who_signed_anything_at_all() {
    Institution inst = offline(b -> {
      b.attendance.removeIf(e -> e.traineeId().equals("tr-05") && !e.lessonId().equals("l1"));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
