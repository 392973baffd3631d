package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.finding.SubjectKind;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class EvaluationReportUnsealedTest {

  private static final String REPORT = Fixtures.CLASS_OFFLINE + "-eval";

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(EvaluationReportUnsealed.ID);

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_the_report_neither_sealed_nor_dated() {
    Institution inst = offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.EVALUATION_REPORT,
        d -> FormEdits.undated(FormEdits.sealed(d, false))));
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(EvaluationReportUnsealed.ID)
        .times(1)
        .forSubject(SubjectKind.CLASS_DOCUMENT, REPORT)
        .withEvidence("sealed", false)
        .withEvidence("dated", false);
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, EvaluationReportUnsealed.ID)))
        .isEqualTo("2022年3月7日低压电工初训班综合评估报告未盖章未填写日期");
  }

  @Test
  void says_which_is_lacking() {
    Finding unsealed = ArchiveScenarios.only(tester.inspect(offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.EVALUATION_REPORT,
        d -> FormEdits.sealed(d, false)))), EvaluationReportUnsealed.ID);
    Assertions.assertThat(unsealed.messageKey()).isEqualTo(EvaluationReportUnsealed.NO_SEAL);
    Finding undated = ArchiveScenarios.only(tester.inspect(offline(b -> FormEdits.mapDocuments(b, ClassDocumentType.EVALUATION_REPORT,
        FormEdits::undated))), EvaluationReportUnsealed.ID);
    Assertions.assertThat(undated.messageKey()).isEqualTo(EvaluationReportUnsealed.NO_DATE);
  }
}
