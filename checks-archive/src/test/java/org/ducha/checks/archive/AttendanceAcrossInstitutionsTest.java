package org.ducha.checks.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.testkit.CheckResults;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class AttendanceAcrossInstitutionsTest {

  private static final String ID = AttendanceAcrossInstitutions.ID;
  private static final IdentityNumber LIU = Fixtures.identityNumber(12);
  private static final String OTHER = "other-centre";
  private static final String OTHER_NAME = "示例县安全技术培训中心";
  private static final LocalDate MARCH_7 = LocalDate.of(2022, 3, 7);

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(ID);

  /** The clean institution, its trainee tr-01 (刘洋) carrying {@code number}. */
  private static Institution here(IdentityNumber number) {
    return Mutations.traineeIdentity(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, "tr-01", number);
  }

  /** Another institution, a copy of the clean one, whose trainee tr-01 carries {@code number}. */
  private static Institution other(IdentityNumber number) {
    return Mutations.asInstitution(here(number), OTHER, OTHER_NAME);
  }

  /** The other institution where tr-01 signed only lesson l1, held on {@code day} from {@code from} to {@code to}. */
  private static Institution otherWithL1(LocalDate day, LocalTime from, LocalTime to) {
    Institution i = Mutations.removeAttendance(other(LIU), Fixtures.CLASS_OFFLINE, e -> e.traineeId().equals("tr-01") && !e.lessonId().equals("l1"));
    return Mutations.mapLesson(i, Fixtures.CLASS_OFFLINE, "l1",
        l -> new Lesson(l.id(), day, from, to, l.course(), l.teacherId(), l.hours(), l.kind(), l.mode()));
  }

  private Map<String, CheckResults> together(Institution... institutions) {
    return tester.executeTogether(institutions);
  }

  @Test
  void fires_at_both_institutions_on_one_person_signed_in_at_both_at_the_same_hours() {
    Map<String, CheckResults> r = together(here(LIU), other(LIU));
    DuchaAssertions.assertThat(r.get(Fixtures.INSTITUTION_ID).report()).hasFinding(ID).times(1)
        .forSubject(SubjectKind.TRAINEE, "tr-01")
        .withSeverity(Severity.CRITICAL)
        .withArgument("identityNumber", "140502********0123")
        .withArgument("otherInstitutions", List.of(OTHER_NAME))
        .withArgument("dates", List.of(MARCH_7, MARCH_7.plusDays(1), MARCH_7.plusDays(2)))
        .withArgument("count", 6);
    DuchaAssertions.assertThat(r.get(OTHER).report()).hasFinding(ID).times(1)
        .forSubject(SubjectKind.TRAINEE, "tr-01")
        .withArgument("otherInstitutions", List.of(Fixtures.cleanInstitution().name()));
    Finding f = r.get(Fixtures.INSTITUTION_ID).findings(ID).get(0);
    // six overlaps counted, the first five (by time) as evidence
    assertThat((List<?>) f.evidence().get("overlaps")).hasSize(AttendanceAcrossInstitutions.EVIDENCE_LIMIT)
        .first().isEqualTo("2022-03-07 08:30-11:30 / " + OTHER_NAME + " (tr-01) 2022-03-07 08:30-11:30");
    assertThat(r.get(Fixtures.INSTITUTION_ID).message(f, org.ducha.engine.MessageCatalog.ZH_CN))
        .isEqualTo("学员刘洋（身份证号" + LIU.masked() + "）2022年3月7日、2022年3月8日、2022年3月9日在本机构签到的时段，同一人在"
            + OTHER_NAME + "也有签到（6处时间重叠）");
  }

  @Test
  void the_identity_number_appears_masked_only() {
    InspectionReport report = tester.inspectTogether(here(LIU), other(LIU));
    List<Finding> found = report.findings().toList();
    assertThat(found).hasSize(2);
    for (Finding f : found) {
      assertThat(f.toString()).doesNotContain(LIU.value()).contains(LIU.masked());
      assertThat(f.subject().key()).isEqualTo("trainee:tr-01");
    }
    assertThat(LIU.value()).isEqualTo("140502199001010123");
    assertThat(LIU.masked()).isEqualTo("140502********0123");
  }

  @Test
  void silent_when_the_times_only_touch() {
    // tr-01 is here 08:30-11:30 and 14:00-17:00 on 7 March; there, 11:30-14:00.
    assertThat(together(here(LIU), otherWithL1(MARCH_7, LocalTime.of(11, 30), LocalTime.of(14, 0))).values())
        .allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
  }

  @Test
  void fires_on_an_overlap_of_one_minute_at_either_end() {
    Map<String, CheckResults> early = together(here(LIU), otherWithL1(MARCH_7, LocalTime.of(11, 29), LocalTime.of(14, 0)));
    DuchaAssertions.assertThat(early.get(Fixtures.INSTITUTION_ID).report()).hasFinding(ID).times(1)
        .withArgument("count", 1)
        .withEvidence("overlaps", List.of("2022-03-07 08:30-11:30 / " + OTHER_NAME + " (tr-01) 2022-03-07 11:29-14:00"));
    DuchaAssertions.assertThat(early.get(OTHER).report()).hasFinding(ID).times(1)
        .withEvidence("overlaps", List.of("2022-03-07 11:29-14:00 / " + Fixtures.cleanInstitution().name() + " (tr-01) 2022-03-07 08:30-11:30"));
    Map<String, CheckResults> late = together(here(LIU), otherWithL1(MARCH_7, LocalTime.of(11, 30), LocalTime.of(14, 1)));
    DuchaAssertions.assertThat(late.get(Fixtures.INSTITUTION_ID).report()).hasFinding(ID).times(1)
        .withEvidence("overlaps", List.of("2022-03-07 14:00-17:00 / " + OTHER_NAME + " (tr-01) 2022-03-07 11:30-14:01"));
  }

  @Test
  void silent_on_the_same_hours_of_another_day() {
    assertThat(together(here(LIU), otherWithL1(LocalDate.of(2022, 3, 10), LocalTime.of(8, 30), LocalTime.of(11, 30))).values())
        .allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
  }

  @Test
  void silent_on_two_people_or_without_identity_numbers() {
    assertThat(together(here(LIU), other(Fixtures.identityNumber(13))).values()).allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
    Institution plainOther = Mutations.asInstitution(Fixtures.cleanInstitution(), OTHER, OTHER_NAME);
    assertThat(together(Fixtures.cleanInstitution(), plainOther).values()).allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
  }

  @Test
  void an_online_lesson_counts_only_with_the_times_its_platform_recorded() {
    IdentityNumber ma = Fixtures.identityNumber(21);
    Institution here = Mutations.traineeIdentity(Fixtures.cleanInstitution(), Fixtures.CLASS_BLENDED, "tr-11", ma);
    // There, tr-11 signed only the online lessons m1 and m2.
    Institution there = Mutations.removeAttendance(Mutations.asInstitution(here, OTHER, OTHER_NAME), Fixtures.CLASS_BLENDED,
        e -> e.traineeId().equals("tr-11") && !e.lessonId().equals("m1") && !e.lessonId().equals("m2"));
    assertThat(together(here, there).get(OTHER).findings(ID)).hasSize(1);
    Institution noTimes = Mutations.mapAttendance(there, Fixtures.CLASS_BLENDED, e -> e.traineeId().equals("tr-11"),
        e -> new AttendanceEntry(e.traineeId(), e.lessonId(), true, Optional.empty(), true, Optional.empty(), e.method()));
    assertThat(together(here, noTimes).values()).allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
  }

  @Test
  void within_one_institution_two_trainee_records_of_one_person_are_compared() {
    Institution inst = Mutations.traineeIdentity(here(LIU), Fixtures.CLASS_OFFLINE, "tr-02", LIU);
    InstitutionReport alone = tester.inspect(inst);
    DuchaAssertions.assertThat(alone).hasFinding(ID).times(2);
    DuchaAssertions.assertThat(alone).hasFinding(ID).forSubject(SubjectKind.TRAINEE, "tr-02")
        .withArgument("otherInstitutions", List.of(Fixtures.cleanInstitution().name()));
    DuchaAssertions.assertThat(tester.inspect(here(LIU))).hasNoFindings();
  }

  @Test
  void the_findings_do_not_depend_on_the_order_of_the_institutions() {
    Institution a = here(LIU);
    Institution b = otherWithL1(MARCH_7, LocalTime.of(11, 0), LocalTime.of(15, 0));
    Map<String, CheckResults> forward = together(a, b);
    Map<String, CheckResults> backward = together(b, a);
    for (String id : List.of(Fixtures.INSTITUTION_ID, OTHER)) {
      assertThat(forward.get(id).findings()).isEqualTo(backward.get(id).findings()).isNotEmpty();
    }
  }
}
