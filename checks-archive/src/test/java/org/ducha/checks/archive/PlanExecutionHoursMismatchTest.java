package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ducha.model.FormRow;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class PlanExecutionHoursMismatchTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(PlanExecutionHoursMismatch.ID);

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_when_a_course_has_other_hours_than_planned() {
    Institution inst = offline(b -> FormEdits.mapExecutionRows(b, rows -> {
      rows.replaceAll(r -> r.lessonId().orElseThrow().equals("l2")
          ? new FormRow(r.lessonId(), r.course(), Optional.of(new BigDecimal("3")), r.teacherId(), true) : r);
      return rows;
    }));
    assertThat(tester.inspect(inst)).hasFinding(PlanExecutionHoursMismatch.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("count", 1)
        .withEvidence("courses", List.of("电工基础知识: written 3 / planned 4"));
  }

  @Test
  void fires_on_a_course_missing_from_the_form_and_on_one_not_in_the_plan() {
    Institution inst = offline(b -> FormEdits.mapExecutionRows(b, rows -> {
      rows.removeIf(r -> r.lessonId().orElseThrow().equals("l6"));
      rows.add(new FormRow(Optional.empty(), "职业卫生", Optional.of(new BigDecimal("4")), Optional.empty(), true));
      return rows;
    }));
    assertThat(tester.inspect(inst)).hasFinding(PlanExecutionHoursMismatch.ID)
        .withArgument("count", 2)
        .withEvidence("courses", List.of("触电急救与电气防火: written 0 / planned 4", "职业卫生: written 4 / planned 0"));
  }

  @Test
  void fires_on_a_row_without_hours() {
    Institution inst = offline(b -> FormEdits.mapExecutionRows(b, rows -> {
      rows.replaceAll(r -> r.lessonId().orElseThrow().equals("l1")
          ? new FormRow(r.lessonId(), r.course(), Optional.empty(), r.teacherId(), true) : r);
      return rows;
    }));
    assertThat(tester.inspect(inst)).hasFinding(PlanExecutionHoursMismatch.ID)
        .withEvidence("rowsWithoutHours", List.of("安全生产法律法规与电工作业安全"));
  }

  @Test
  void silent_when_rows_without_a_lesson_split_a_course_into_hours_that_add_up() {
    Institution inst = offline(b -> FormEdits.mapExecutionRows(b, rows -> {
      rows.removeIf(r -> r.lessonId().orElseThrow().equals("l2"));
      rows.add(new FormRow(Optional.empty(), "电工基础 知识", Optional.of(new BigDecimal("2.5")), Optional.empty(), true));
      rows.add(new FormRow(Optional.empty(), "电工基础知识", Optional.of(new BigDecimal("1.5")), Optional.empty(), true));
      return rows;
    }));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
