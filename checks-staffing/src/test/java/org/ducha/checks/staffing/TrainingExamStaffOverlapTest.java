package org.ducha.checks.staffing;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffRole;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class TrainingExamStaffOverlapTest {

  private static final String ID = TrainingExamStaffOverlap.ID;
  /** The practical exam of the offline class, held on 2022-03-10: 41 days before the inspection. */
  private static final String PRACTICAL_EXAM = Fixtures.CLASS_OFFLINE + "-exam-practical";

  private CheckTester tester() {
    return CheckTester.forPack(new StaffingPack()).only(ID);
  }

  /** The clean institution without its exam-staff roster, in which teacher 周伟 examined the offline class's practical exam. */
  private static Institution teacherExaminedWithoutRoster() {
    Institution inst = StaffingFixtures.withoutRosters(Fixtures.cleanInstitution(), RosterType.EXAM_STAFF);
    return Mutations.mapClass(inst, Fixtures.CLASS_OFFLINE, c -> c.with(b -> {
      b.exams.replaceAll(s -> {
        if (!s.id().equals(PRACTICAL_EXAM)) {
          return s;
        }
        List<String> examiners = new ArrayList<>(s.examinerIds());
        examiners.add(Fixtures.TEACHER_1);
        return new ExamSession(s.id(), ExamKind.PRACTICAL, s.date(), examiners, s.scores(), s.scoreSheetSignedBy(), s.equipmentIds());
      });
      return b;
    }));
  }

  @Test
  void silent_on_the_clean_fixture() {
    assertThat(tester().inspect(Fixtures.cleanInstitution())).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void not_applicable_without_an_exam_site() {
    assertThat(tester().inspect(Fixtures.cleanTrainingOnly())).hasOutcome(ID, OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void fires_for_the_exam_site_when_a_teacher_is_on_the_exam_staff_roster() {
    Institution inst = StaffingFixtures.addEntry(Fixtures.cleanInstitution(), RosterType.EXAM_STAFF,
        new RosterEntry(Fixtures.TEACHER_1, StaffRole.INVIGILATOR, false));
    assertThat(tester().inspect(inst)).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.EXAM_SITE, Subject.EXAM_SITE_ID)
        .withArgument("names", List.of("周伟"))
        .withEvidence("staffIds", List.of(Fixtures.TEACHER_1))
        .withEvidence("examSessions", List.of());
  }

  @Test
  void fires_when_a_teacher_examined_although_there_is_no_exam_staff_roster() {
    assertThat(tester().inspect(teacherExaminedWithoutRoster())).hasFinding(ID)
        .times(1)
        .withArgument("names", List.of("周伟"))
        .withEvidence("examSessions", List.of(PRACTICAL_EXAM));
  }

  @Test
  void examiners_count_only_for_sessions_inside_the_window() {
    Institution inst = teacherExaminedWithoutRoster();
    // 2022-04-20 minus 1 month is 2022-03-20: the exam of 2022-03-10 is outside; minus 2 months is 2022-02-20: inside.
    assertThat(tester().parameter(ID, "examinerWindowMonths", 1).inspect(inst)).hasNoFindings();
    assertThat(tester().parameter(ID, "examinerWindowMonths", 2).inspect(inst)).hasFinding(ID).times(1);
  }

  @Test
  void the_head_counts_only_when_include_head_is_set() {
    Institution inst = StaffingFixtures.addEntry(Fixtures.cleanInstitution(), RosterType.EXAM_STAFF,
        new RosterEntry(Fixtures.HEAD, StaffRole.EXAM_ADMINISTRATOR, false));
    assertThat(tester().inspect(inst)).hasNoFindings();
    assertThat(tester().parameter(ID, "includeHead", true).inspect(inst)).hasFinding(ID)
        .withArgument("names", List.of("王建国"));
  }

  @Test
  void a_head_who_also_teaches_counts_without_include_head() {
    Institution inst = StaffingFixtures.addEntry(Fixtures.cleanInstitution(), RosterType.TRAINING_STAFF,
        new RosterEntry(Fixtures.HEAD, StaffRole.TEACHER, false));
    inst = StaffingFixtures.addEntry(inst, RosterType.EXAM_STAFF, new RosterEntry(Fixtures.HEAD, StaffRole.EXAMINER, false));
    assertThat(tester().inspect(inst)).hasFinding(ID).withEvidence("staffIds", List.of(Fixtures.HEAD));
  }

  @Test
  void a_session_held_exactly_the_window_before_the_inspection_is_outside_it() {
    // The exam of 2022-03-10; a one-month window from 2022-04-10 begins after 2022-03-10, from 2022-04-09 after 2022-03-09.
    Institution inst = teacherExaminedWithoutRoster();
    CheckTester oneMonth = tester().parameter(ID, "examinerWindowMonths", 1);
    assertThat(oneMonth.inspect(Mutations.inspectedOn(inst, LocalDate.of(2022, 4, 10)))).hasNoFindings();
    assertThat(oneMonth.inspect(Mutations.inspectedOn(inst, LocalDate.of(2022, 4, 9)))).hasFinding(ID)
        .times(1)
        .withEvidence("examSessions", List.of(PRACTICAL_EXAM));
  }

  @Test
  void a_session_after_the_inspection_day_does_not_count() {
    Institution inst = teacherExaminedWithoutRoster();
    assertThat(tester().inspect(Mutations.inspectedOn(inst, LocalDate.of(2022, 3, 9)))).hasNoFindings();
    assertThat(tester().inspect(Mutations.inspectedOn(inst, LocalDate.of(2022, 3, 10)))).hasFinding(ID)
        .times(1)
        .withEvidence("examSessions", List.of(PRACTICAL_EXAM));
  }
}
