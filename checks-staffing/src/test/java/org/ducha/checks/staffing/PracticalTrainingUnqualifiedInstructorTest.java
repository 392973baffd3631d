package org.ducha.checks.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;
import org.ducha.model.PracticalRecord;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffRole;
import org.ducha.testkit.CheckResults;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class PracticalTrainingUnqualifiedInstructorTest {

  private static final String ID = PracticalTrainingUnqualifiedInstructor.ID;
  private final CheckTester tester = CheckTester.forPack(new StaffingPack()).only(ID);

  /** The fixture's instructor 郑刚, who teaches both operation types' practice, qualified for low voltage only. */
  static Institution instructorOnlyLowVoltage() {
    return StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), Fixtures.INSTRUCTOR,
        s -> s.withSpecialties(List.of(Fixtures.OP_LOW_VOLTAGE)));
  }

  @Test
  void silent_on_the_clean_fixture() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void fires_for_the_operation_whose_practice_an_unqualified_person_gave() {
    CheckResults results = tester.execute(instructorOnlyLowVoltage());
    assertThat(results).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_COAL_ELECTRICAL)
        .withArgument("teachers", List.of("郑刚"))
        .withEvidence("unqualifiedTeacherIds", List.of(Fixtures.INSTRUCTOR))
        .withEvidence("lessonsByUnqualified", 1);
    assertThat(results.messages(MessageCatalog.ZH_CN)).containsExactly("井下电气作业实操实训由专业不对口的教师郑刚授课");
  }

  @Test
  void fires_even_when_a_qualified_instructor_is_on_the_staff() {
    Institution inst = StaffingFixtures.addStaff(instructorOnlyLowVoltage(),
        StaffingFixtures.person("s-p2", "韩冰", List.of(Fixtures.OP_COAL_ELECTRICAL), List.of()));
    inst = StaffingFixtures.addEntry(inst, RosterType.TRAINING_STAFF, new RosterEntry("s-p2", StaffRole.PRACTICAL_INSTRUCTOR, true));
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(ID).times(1).withArgument("teachers", List.of("郑刚"));
  }

  @Test
  void the_delivered_teacher_counts_not_the_planned_one() {
    Institution inst = Mutations.mapClass(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, c -> c.with(b -> {
      b.lessonRecords.replaceAll(r -> r.lessonId().equals("l4")
          ? new LessonRecord(r.lessonId(), r.date(), r.topic(), Fixtures.MANAGER_2, r.teacherSigned()) : r);
      return b;
    }));
    assertThat(tester.inspect(inst)).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_LOW_VOLTAGE)
        .withArgument("teachers", List.of("赵丽"))
        .withEvidence("lessonsByUnqualified", 1);
  }

  @Test
  void theory_lessons_by_someone_without_the_specialty_do_not_count() {
    // 周伟 teaches theory lessons of both classes.
    Institution inst = StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), Fixtures.TEACHER_1, s -> s.withSpecialties(List.of()));
    assertThat(tester.inspect(inst)).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void a_practical_record_by_an_unqualified_instructor_counts() {
    // The lesson record of l4 still names the qualified 郑刚; the practical-training record of that day names 赵丽.
    Institution inst = Mutations.mapClass(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, c -> c.with(b -> {
      b.practicalRecords.replaceAll(r -> r.lessonId().equals(Optional.of("l4"))
          ? new PracticalRecord(r.id(), r.date(), r.lessonId(), Fixtures.MANAGER_2, r.equipmentIds(), r.traineeIds()) : r);
      return b;
    }));
    assertThat(tester.inspect(inst)).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_LOW_VOLTAGE)
        .withArgument("teachers", List.of("赵丽"))
        .withEvidence("unqualifiedTeacherIds", List.of(Fixtures.MANAGER_2))
        .withEvidence("lessonsByUnqualified", 0);
  }
}
