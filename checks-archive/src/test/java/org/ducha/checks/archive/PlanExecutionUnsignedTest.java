package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ducha.finding.Severity;
import org.ducha.model.FormRow;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class PlanExecutionUnsignedTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(PlanExecutionUnsigned.ID);

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_per_class_naming_the_teachers_who_did_not_sign() {
    Institution inst = offline(b -> FormEdits.mapExecutionRows(b, rows -> {
      rows.replaceAll(r -> r.lessonId().orElseThrow().equals("l2") || r.lessonId().orElseThrow().equals("l4")
          ? new FormRow(r.lessonId(), r.course(), r.hours(), r.teacherId(), false) : r);
      return rows;
    }));
    assertThat(tester.inspect(inst)).hasFinding(PlanExecutionUnsigned.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withSeverity(Severity.MINOR)
        .withArgument("count", 2)
        .withEvidence("teachers", List.of("吴敏", "郑刚"))
        .withEvidence("courses", List.of("电工基础知识", "电工仪表使用与安全用具"));
  }

  @Test
  void names_the_planned_teacher_when_the_row_names_none() {
    Institution inst = offline(b -> FormEdits.mapExecutionRows(b, rows -> {
      rows.replaceAll(r -> r.lessonId().orElseThrow().equals("l1")
          ? new FormRow(r.lessonId(), r.course(), r.hours(), Optional.empty(), false) : r);
      return rows;
    }));
    assertThat(tester.inspect(inst)).hasFinding(PlanExecutionUnsigned.ID).withEvidence("teachers", List.of("周伟"));
  }
}
