package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.blended;
import static org.ducha.checks.archive.ArchiveScenarios.inspectedOn;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamSession;
import org.ducha.model.FormFields;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;
import org.ducha.model.PracticalExamRecord;
import org.ducha.model.VolumeKind;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class ExamPracticalNotHeldTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(ExamPracticalNotHeld.ID);

  /** The offline class's practical session without the records of {@code traineeIds}. */
  private static Institution withoutRecordsOf(List<String> traineeIds) {
    return offline(b -> {
      b.exams.replaceAll(s -> {
        if (s.kind() != ExamKind.PRACTICAL) {
          return s;
        }
        List<PracticalExamRecord> kept = new ArrayList<>(s.practicalExams());
        kept.removeIf(r -> traineeIds.contains(r.traineeId()));
        return new ExamSession(s.id(), s.kind(), s.date(), s.examinerIds(), s.scores(), s.scoreSheetSignedBy(), s.equipmentIds(), kept);
      });
      return b;
    });
  }

  @Test
  void silent_on_the_clean_institution_where_every_candidate_has_a_record() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void scores_without_any_practical_exam_record() {
    InstitutionReport report = tester.inspect(withoutRecordsOf(List.of("tr-01", "tr-02", "tr-03", "tr-04", "tr-05")));
    assertThat(report).hasFinding(ExamPracticalNotHeld.ID).times(1).withArgument("count", 5)
        .withEvidence("candidates", List.of("刘洋", "陈晨", "杨帆", "黄磊", "何静"));
    Finding f = ArchiveScenarios.only(report, ExamPracticalNotHeld.ID);
    Assertions.assertThat(f.severity().name()).isEqualTo("CRITICAL");
    Assertions.assertThat(f.subject().id()).isEqualTo(Fixtures.CLASS_OFFLINE + "-exam-practical");
  }

  @Test
  void one_candidate_without_a_record() {
    assertThat(tester.inspect(withoutRecordsOf(List.of("tr-03")))).hasFinding(ExamPracticalNotHeld.ID).times(1)
        .withArgument("count", 1).withEvidence("candidates", List.of("杨帆"));
  }

  @Test
  void a_theory_session_needs_no_practical_record() {
    Institution inst = offline(b -> {
      b.exams.replaceAll(s -> new ExamSession(s.id(), ExamKind.THEORY, s.date(), s.examinerIds(), s.scores(), s.scoreSheetSignedBy(),
          s.equipmentIds()));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void a_session_on_the_inspection_day_is_not_yet_judged() {
    Institution inst = withoutRecordsOf(List.of("tr-03"));
    LocalDate examDay = inst.classes().stream().filter(c -> c.id().equals(Fixtures.CLASS_OFFLINE)).findFirst().orElseThrow()
        .exams().stream().filter(s -> s.kind() == ExamKind.PRACTICAL).findFirst().orElseThrow().date();
    assertThat(tester.inspect(inspectedOn(inst, examDay))).hasNoFindings();
    assertThat(tester.inspect(inspectedOn(inst, examDay.plusDays(1)))).hasFinding(ExamPracticalNotHeld.ID);
  }
}
