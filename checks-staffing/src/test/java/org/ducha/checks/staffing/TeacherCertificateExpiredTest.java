package org.ducha.checks.staffing;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import java.util.Optional;
import org.ducha.model.Certificate;
import org.ducha.model.CertificateType;
import org.ducha.model.Institution;
import org.ducha.model.RosterType;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** 周伟 (TEACHER_1) teaches on 2022-02-21 (blended class), 2022-03-07 and 2022-03-08 (offline class). */
class TeacherCertificateExpiredTest {

  private static final String ID = TeacherCertificateExpired.ID;
  private final CheckTester tester = CheckTester.forPack(new StaffingPack()).only(ID);

  private static Institution teacherCertificateUntil(String staffId, LocalDate... validUntil) {
    return StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), staffId, s -> s.withCertificates(
        java.util.Arrays.stream(validUntil).map(u -> StaffingFixtures.certificate(CertificateType.TEACHER, "JS-" + u, u)).toList()));
  }

  @Test
  void silent_on_the_clean_fixture() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void fires_for_lessons_after_expiry_and_for_staying_on_the_roster() {
    assertThat(tester.inspect(teacherCertificateUntil(Fixtures.TEACHER_1, LocalDate.of(2022, 3, 7)))).hasFinding(ID)
        .times(1)
        .withSeverity(Severity.MAJOR)
        .forSubject(SubjectKind.STAFF, Fixtures.TEACHER_1)
        .withArgument("name", "周伟")
        .withArgument("validUntil", LocalDate.of(2022, 3, 7))
        .withEvidence("days", List.of(LocalDate.of(2022, 3, 8), Fixtures.INSPECTION_DATE));
  }

  @Test
  void the_last_day_of_validity_still_counts_as_valid() {
    assertThat(tester.inspect(teacherCertificateUntil(Fixtures.TEACHER_1, Fixtures.INSPECTION_DATE))).hasNoFindings();
    assertThat(tester.inspect(teacherCertificateUntil(Fixtures.TEACHER_1, Fixtures.INSPECTION_DATE.minusDays(1)))).hasFinding(ID)
        .withEvidence("days", List.of(Fixtures.INSPECTION_DATE));
  }

  @Test
  void a_renewed_certificate_covers_the_days() {
    assertThat(tester.inspect(teacherCertificateUntil(Fixtures.TEACHER_1, LocalDate.of(2021, 12, 31), LocalDate.of(2025, 12, 31))))
        .hasNoFindings();
  }

  @Test
  void a_person_without_any_teacher_certificate_is_not_judged() {
    Institution inst = StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), Fixtures.TEACHER_2, s -> s.withCertificates(List.of()));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void staying_on_the_roster_counts_only_while_listed() {
    // 钱芳 taught once, on 2022-02-21; her certificate expired on 2022-03-01; she stays on the roster as part-time teacher.
    Institution listed = teacherCertificateUntil(Fixtures.TEACHER_EXTERNAL, LocalDate.of(2022, 3, 1));
    assertThat(tester.inspect(listed)).hasFinding(ID)
        .forSubject(SubjectKind.STAFF, Fixtures.TEACHER_EXTERNAL)
        .withEvidence("days", List.of(Fixtures.INSPECTION_DATE));
    Institution dropped = StaffingFixtures.mapRosters(listed, RosterType.TRAINING_STAFF, entries -> {
      entries.removeIf(e -> e.staffId().equals(Fixtures.TEACHER_EXTERNAL));
      return entries;
    });
    assertThat(tester.inspect(dropped)).hasNoFindings();
  }

  private static Institution certificates(String staffId, Certificate... certificates) {
    return StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), staffId, s -> s.withCertificates(List.of(certificates)));
  }

  @Test
  void a_valid_certificate_of_another_type_does_not_cover_a_lapsed_teacher_certificate() {
    Institution inst = certificates(Fixtures.TEACHER_1,
        StaffingFixtures.certificate(CertificateType.TEACHER, "JS-1", LocalDate.of(2022, 3, 7)),
        StaffingFixtures.certificate(CertificateType.SPECIAL_OPERATION, "T-1", LocalDate.of(2025, 12, 31)));
    assertThat(tester.inspect(inst)).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.STAFF, Fixtures.TEACHER_1)
        .withArgument("validUntil", LocalDate.of(2022, 3, 7))
        .withEvidence("days", List.of(LocalDate.of(2022, 3, 8), Fixtures.INSPECTION_DATE));
  }

  @Test
  void an_expired_certificate_of_another_type_is_not_a_lapsed_teacher_certificate() {
    Institution inst = certificates(Fixtures.TEACHER_1,
        StaffingFixtures.certificate(CertificateType.SPECIAL_OPERATION, "T-1", LocalDate.of(2021, 12, 31)));
    assertThat(tester.inspect(inst)).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void a_teacher_certificate_without_an_expiry_date_covers_every_day() {
    Institution inst = certificates(Fixtures.TEACHER_1,
        StaffingFixtures.certificate(CertificateType.TEACHER, "JS-1", LocalDate.of(2021, 12, 31)),
        StaffingFixtures.certificate(CertificateType.TEACHER, "JS-2", null));
    assertThat(tester.inspect(inst)).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void the_finding_names_the_expiry_that_lapsed_not_a_later_renewal() {
    // Expired on 2022-03-07, renewed only on 2022-04-01: the lesson of 2022-03-08 fell in the gap.
    Institution inst = certificates(Fixtures.TEACHER_1,
        StaffingFixtures.certificate(CertificateType.TEACHER, "JS-1", LocalDate.of(2022, 3, 7)),
        new Certificate(CertificateType.TEACHER, "JS-2", Optional.empty(), LocalDate.of(2022, 4, 1), Optional.of(LocalDate.of(2027, 3, 31))));
    assertThat(tester.inspect(inst)).hasFinding(ID)
        .times(1)
        .withArgument("validUntil", LocalDate.of(2022, 3, 7))
        .withEvidence("days", List.of(LocalDate.of(2022, 3, 8)));
  }

  @Test
  void teaching_before_the_first_certificate_was_issued_is_not_an_expiry() {
    Institution inst = certificates(Fixtures.TEACHER_1,
        new Certificate(CertificateType.TEACHER, "JS-1", Optional.empty(), LocalDate.of(2022, 4, 1), Optional.of(LocalDate.of(2027, 3, 31))));
    assertThat(tester.inspect(inst)).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }
}
