package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.inspectedOn;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.SubjectKind;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class HeadTeacherLogMissingTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(HeadTeacherLogMissing.ID);

  private static Institution withoutLog() {
    return Mutations.withoutClassDocument(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, ClassDocumentType.HEAD_TEACHER_LOG);
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_a_closed_class_without_a_head_teacher_log() {
    InstitutionReport report = tester.inspect(withoutLog());
    assertThat(report).hasFinding(HeadTeacherLogMissing.ID)
        .times(1)
        .forSubject(SubjectKind.CLASS, Fixtures.CLASS_OFFLINE)
        .withEvidence("headTeacher", "李明");
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, HeadTeacherLogMissing.ID)))
        .isEqualTo("2022年3月7日低压电工初训班档案无班主任日志");
  }

  @Test
  void silent_on_a_class_still_running_on_the_inspection_date() {
    assertThat(tester.inspect(inspectedOn(withoutLog(), ArchiveScenarios.MARCH_9))).hasNoFindings();
  }
}
