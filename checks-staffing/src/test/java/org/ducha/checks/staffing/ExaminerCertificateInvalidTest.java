package org.ducha.checks.staffing;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.SubjectKind;
import org.ducha.model.CertificateType;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/** The offline class's two exam sessions are on 2022-03-10, the blended class's on 2022-02-23; 陈静 and 褚磊 examine all four. */
class ExaminerCertificateInvalidTest {

  private static final String ID = ExaminerCertificateInvalid.ID;
  private static final LocalDate OFFLINE_EXAM_DAY = LocalDate.of(2022, 3, 10);
  private final CheckTester tester = CheckTester.forPack(new StaffingPack()).only(ID);

  private static Institution examinerCertificateUntil(LocalDate validUntil) {
    return StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), Fixtures.EXAMINER_2,
        s -> s.withCertificates(List.of(StaffingFixtures.certificate(CertificateType.EXAMINER, "KP-X", validUntil))));
  }

  @Test
  void silent_on_the_clean_fixture() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void not_applicable_without_an_exam_site() {
    assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasOutcome(ID, OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void fires_for_an_examiner_whose_certificate_expired_before_the_exam() {
    assertThat(tester.inspect(examinerCertificateUntil(OFFLINE_EXAM_DAY.minusDays(1)))).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.STAFF, Fixtures.EXAMINER_2)
        .withArgument("name", "褚磊")
        .withArgument("dates", List.of(OFFLINE_EXAM_DAY))
        .withArgument("count", 2)
        .withEvidence("examSessions", List.of(Fixtures.CLASS_OFFLINE + "-exam-theory", Fixtures.CLASS_OFFLINE + "-exam-practical"))
        .withEvidence("heldExaminerCertificate", true);
  }

  @Test
  void valid_on_its_last_day() {
    assertThat(tester.inspect(examinerCertificateUntil(OFFLINE_EXAM_DAY))).hasNoFindings();
  }

  @Test
  void fires_for_an_examiner_who_never_held_an_examiner_certificate() {
    Institution inst = Mutations.mapClass(Fixtures.cleanInstitution(), Fixtures.CLASS_BLENDED, c -> c.with(b -> {
      b.exams.replaceAll(s -> {
        List<String> examiners = new ArrayList<>(s.examinerIds());
        examiners.add(Fixtures.TEACHER_1);
        return new ExamSession(s.id(), s.kind(), s.date(), examiners, s.scores(), s.scoreSheetSignedBy(), s.equipmentIds());
      });
      return b;
    }));
    assertThat(tester.inspect(inst)).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.STAFF, Fixtures.TEACHER_1)
        .withArgument("dates", List.of(LocalDate.of(2022, 2, 23)))
        .withEvidence("heldExaminerCertificate", false);
  }
}
