package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;
import org.ducha.finding.SubjectKind;
import org.ducha.model.ExamKind;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ExamScoreSheetUnsignedTest {

  private static final String THEORY = Fixtures.CLASS_OFFLINE + "-exam-theory";

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(ExamScoreSheetUnsigned.ID);

  private static Institution theorySignedBy(List<String> signers) {
    return offline(b -> ExamEdits.mapSessions(b, ExamKind.THEORY, s -> ExamEdits.signedBy(s, signers)));
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void not_applicable_to_an_institution_without_an_exam_site() {
    assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasOutcome(ExamScoreSheetUnsigned.ID, OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void fires_on_a_score_sheet_no_examiner_signed() {
    InstitutionReport report = tester.inspect(theorySignedBy(List.of()));
    assertThat(report).hasFinding(ExamScoreSheetUnsigned.ID)
        .times(1)
        .forSubject(SubjectKind.EXAM_SESSION, THEORY)
        .withArgument("examDate", java.time.LocalDate.of(2022, 3, 10))
        .withEvidence("unsignedExaminers", List.of("陈静", "褚磊"));
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, ExamScoreSheetUnsigned.ID)))
        .isEqualTo("2022年3月7日低压电工初训班考试档案成绩表无考评员签字（2022年3月10日考试）");
  }

  @Test
  void fires_on_a_score_sheet_one_assigned_examiner_did_not_sign() {
    InstitutionReport report = tester.inspect(theorySignedBy(List.of(Fixtures.EXAMINER_1)));
    Finding f = ArchiveScenarios.only(report, ExamScoreSheetUnsigned.ID);
    Assertions.assertThat(f.messageKey()).isEqualTo(ExamScoreSheetUnsigned.PARTIAL);
    Assertions.assertThat(f.arguments()).containsEntry("examiners", List.of("褚磊"));
  }

  @Test
  void fires_on_an_unsigned_sheet_of_a_session_without_assigned_examiners() {
    Institution inst = offline(b -> ExamEdits.mapSessions(b, ExamKind.THEORY,
        s -> ExamEdits.signedBy(ExamEdits.examiners(s, List.of()), List.of())));
    assertThat(tester.inspect(inst)).hasFinding(ExamScoreSheetUnsigned.ID).forSubject(SubjectKind.EXAM_SESSION, THEORY);
  }
}
