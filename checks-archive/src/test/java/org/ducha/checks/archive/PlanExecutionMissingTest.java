package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.inspectedOn;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class PlanExecutionMissingTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(PlanExecutionMissing.ID);

  private static Institution withoutForm() {
    return Mutations.withoutClassDocument(Fixtures.cleanInstitution(), Fixtures.CLASS_BLENDED, ClassDocumentType.PLAN_EXECUTION_FORM);
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_a_closed_class_without_a_plan_execution_form() {
    assertThat(tester.inspect(withoutForm())).hasFinding(PlanExecutionMissing.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_BLENDED)
        .withEvidence("plannedLessons", 4);
  }

  @Test
  void silent_on_a_class_still_running_on_the_inspection_date() {
    assertThat(tester.inspect(inspectedOn(withoutForm(), java.time.LocalDate.of(2022, 2, 23)))).hasNoFindings();
  }
}
