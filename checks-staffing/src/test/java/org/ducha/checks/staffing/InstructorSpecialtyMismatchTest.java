package org.ducha.checks.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingClass;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class InstructorSpecialtyMismatchTest {

  private static final String ID = InstructorSpecialtyMismatch.ID;
  private final CheckTester tester = CheckTester.forPack(new StaffingPack()).only(ID);

  private static Institution instructorOnlyLowVoltage() {
    return StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), Fixtures.INSTRUCTOR,
        s -> s.withSpecialties(List.of(Fixtures.OP_LOW_VOLTAGE)));
  }

  private static Institution withOperationType(Institution inst, OperationType type) {
    return inst.with(b -> {
      b.operationTypes.add(type);
      return b;
    });
  }

  @Test
  void silent_on_the_clean_fixture() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void fires_for_an_operation_type_no_full_time_instructor_is_qualified_for() {
    InstitutionReport report = tester.inspect(instructorOnlyLowVoltage());
    assertThat(report).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_COAL_ELECTRICAL)
        .withArgument("operation", "井下电气作业")
        .withEvidence("operationType", Fixtures.OP_COAL_ELECTRICAL);
    assertThat(report.findings().get(0).messageKey()).isEqualTo(ID);
  }

  @Test
  void silent_when_a_qualified_instructor_exists_even_if_someone_else_taught() {
    Institution inst = StaffingFixtures.addStaff(instructorOnlyLowVoltage(),
        StaffingFixtures.person("s-p2", "韩冰", List.of(Fixtures.OP_COAL_ELECTRICAL), List.of()));
    inst = StaffingFixtures.addEntry(inst, RosterType.TRAINING_STAFF, new RosterEntry("s-p2", StaffRole.PRACTICAL_INSTRUCTOR, true));
    assertThat(tester.inspect(inst)).hasNoFindings();
    assertThat(CheckTester.forPack(new StaffingPack()).only(PracticalTrainingUnqualifiedInstructor.ID).inspect(inst))
        .hasFindingsExactlyOf(PracticalTrainingUnqualifiedInstructor.ID);
  }

  @Test
  void a_special_operation_needs_a_qualified_instructor_even_before_any_class() {
    Institution inst = withOperationType(Fixtures.cleanInstitution(),
        new OperationType("welding", "熔化焊接与热切割作业", OperationCategory.SPECIAL_OPERATION));
    assertThat(tester.inspect(inst)).hasFinding(ID).times(1).forSubject(SubjectKind.OPERATION_TYPE, "welding");
  }

  @Test
  void silent_for_an_operation_type_without_practical_training() {
    Institution inst = withOperationType(Fixtures.cleanInstitution(),
        new OperationType("principal-mining", "煤矿主要负责人", OperationCategory.PRINCIPAL_AND_SAFETY_MANAGER));
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void a_part_time_or_departed_instructor_does_not_count_as_qualified() {
    Institution partTime = StaffingFixtures.mapRosters(Fixtures.cleanInstitution(), RosterType.TRAINING_STAFF, entries -> {
      entries.replaceAll(e -> e.staffId().equals(Fixtures.INSTRUCTOR) ? new RosterEntry(e.staffId(), e.role(), false) : e);
      return entries;
    });
    assertThat(tester.inspect(partTime)).hasFinding(ID).times(2);
    Institution departed = StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), Fixtures.INSTRUCTOR,
        s -> s.withLeftOn(Fixtures.INSPECTION_DATE.minusDays(1)));
    assertThat(tester.inspect(departed)).hasFinding(ID).times(2);
  }

  /** A team-leader class (not a special operation) with the offline class's plan, its lessons of {@code kind}. */
  private static Institution teamLeaderClass(LessonKind kind) {
    Institution inst = withOperationType(Fixtures.cleanInstitution(),
        new OperationType("team-leader", "班组长安全培训", OperationCategory.TEAM_LEADER));
    TrainingClass offline = inst.classes().stream().filter(c -> c.id().equals(Fixtures.CLASS_OFFLINE)).findFirst().orElseThrow();
    TrainingClass teamLeader = TrainingClass.builder().id("c-team-2022-03").name("班组长培训班").operationType("team-leader")
        .kind(offline.kind()).mode(offline.mode()).start(offline.start()).end(offline.end()).build()
        .with(b -> {
          offline.lessons().forEach(l -> b.lessons.add(new Lesson(l.id(), l.date(), l.start(), l.end(), l.course(), l.teacherId(),
              l.hours(), kind, l.mode())));
          return b;
        });
    return Mutations.addClass(inst, teamLeader);
  }

  @Test
  void an_operation_type_outside_the_special_operations_needs_a_qualified_instructor_once_it_has_practical_lessons() {
    assertThat(tester.inspect(teamLeaderClass(LessonKind.PRACTICAL))).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, "team-leader");
    assertThat(tester.inspect(teamLeaderClass(LessonKind.THEORY))).hasNoFindings();
  }
}
