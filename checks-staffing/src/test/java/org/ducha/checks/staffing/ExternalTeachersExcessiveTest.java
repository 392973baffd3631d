package org.ducha.checks.staffing;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/** The clean fixture delivers 10 lessons of 4 hours; the engaged teacher 钱芳 gives one: 4 of 40 hours, 10 %. */
class ExternalTeachersExcessiveTest {

  private static final String ID = ExternalTeachersExcessive.ID;

  private CheckTester tester() {
    return CheckTester.forPack(new StaffingPack()).only(ID);
  }

  /** The clean institution whose offline lessons {@code lessonIds} were given a day later than planned. */
  private static Institution rescheduled(Set<String> lessonIds) {
    return Mutations.mapClass(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, c -> c.with(b -> {
      b.lessonRecords.replaceAll(r -> lessonIds.contains(r.lessonId())
          ? new LessonRecord(r.lessonId(), r.date().plusDays(1), r.topic(), r.teacherId(), r.teacherSigned()) : r);
      return b;
    }));
  }

  @Test
  void silent_on_the_clean_fixture() {
    assertThat(tester().inspect(Fixtures.cleanInstitution())).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void external_share_fires_only_above_the_limit() {
    assertThat(tester().parameter(ID, "maxExternalSharePercent", "10").inspect(Fixtures.cleanInstitution())).hasNoFindings();
    assertThat(tester().parameter(ID, "maxExternalSharePercent", "9.9").inspect(Fixtures.cleanInstitution())).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withArgument("externalHours", new BigDecimal("4"))
        .withArgument("deliveredHours", new BigDecimal("40"))
        .withArgument("externalShare", new BigDecimal("10.0"))
        .withEvidence("externalTeachers", List.of("钱芳"))
        .withEvidence("externalShareExceeded", true)
        .withEvidence("changedShareExceeded", false);
  }

  @Test
  void rescheduling_fires_only_above_the_default_of_20_percent() {
    assertThat(tester().inspect(rescheduled(Set.of("l1", "l2")))).hasNoFindings();
    assertThat(tester().inspect(rescheduled(Set.of("l1", "l2", "l3")))).hasFinding(ID)
        .times(1)
        .withArgument("changedLessons", 3)
        .withArgument("deliveredLessons", 10)
        .withArgument("changedShare", new BigDecimal("30.0"))
        .withEvidence("changedShareExceeded", true)
        .withEvidence("externalShareExceeded", false);
  }

  @Test
  void the_rescheduling_limit_is_a_parameter() {
    Institution inst = rescheduled(Set.of("l1", "l2", "l3"));
    assertThat(tester().parameter(ID, "maxChangedSharePercent", "30").inspect(inst)).hasNoFindings();
    assertThat(tester().parameter(ID, "maxChangedSharePercent", "29.9").inspect(inst)).hasFinding(ID).times(1);
  }

  @Test
  void the_delivering_teacher_counts_and_exactly_the_default_half_is_not_above_it() {
    // 钱芳 now gives l1, l2, l3 and l6 instead of the planned teachers, and m1 as planned: 20 of 40 hours.
    Institution inst = Mutations.mapClass(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, c -> c.with(b -> {
      b.lessonRecords.replaceAll(r -> Set.of("l1", "l2", "l3", "l6").contains(r.lessonId())
          ? new LessonRecord(r.lessonId(), r.date(), r.topic(), Fixtures.TEACHER_EXTERNAL, r.teacherSigned()) : r);
      return b;
    }));
    assertThat(tester().parameter(ID, "maxChangedSharePercent", "100").inspect(inst)).hasNoFindings();
    assertThat(tester().parameter(ID, "maxChangedSharePercent", "100").parameter(ID, "maxExternalSharePercent", "49.9")
        .inspect(inst)).hasFinding(ID)
        .withArgument("externalHours", new BigDecimal("20"))
        .withArgument("externalShare", new BigDecimal("50.0"))
        .withArgument("changedLessons", 4)
        .withArgument("changedShare", new BigDecimal("40.0"));
  }

  @Test
  void lessons_without_a_delivery_record_do_not_count() {
    Institution inst = Mutations.mapClass(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, c -> c.with(b -> {
      b.lessonRecords.clear();
      return b;
    }));
    // 4 of the 16 hours still delivered (the blended class) are the engaged teacher's: 25 %.
    assertThat(tester().parameter(ID, "maxExternalSharePercent", "24").inspect(inst)).hasFinding(ID)
        .withArgument("deliveredHours", new BigDecimal("16"))
        .withArgument("externalShare", new BigDecimal("25.0"));
  }
}
