package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.inspectedOn;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class EvaluationReportMissingTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(EvaluationReportMissing.ID);

  private static Institution withoutReport() {
    return Mutations.withoutClassDocument(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, ClassDocumentType.EVALUATION_REPORT);
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_a_closed_class_without_an_evaluation_report() {
    assertThat(tester.inspect(withoutReport())).hasFinding(EvaluationReportMissing.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withEvidence("classEnd", LocalDate.of(2022, 3, 10));
  }

  @Test
  void silent_on_the_last_day_of_the_class() {
    assertThat(tester.inspect(inspectedOn(withoutReport(), LocalDate.of(2022, 3, 10)))).hasNoFindings();
  }

  @Test
  void fires_from_the_day_after_the_class_ended() {
    assertThat(tester.inspect(inspectedOn(withoutReport(), LocalDate.of(2022, 3, 11)))).hasFinding(EvaluationReportMissing.ID)
        .times(1);
  }
}
