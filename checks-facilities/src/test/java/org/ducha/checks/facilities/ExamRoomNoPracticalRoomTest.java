package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.fixed;
import static org.ducha.checks.facilities.FacilityRecords.mapRoom;
import static org.ducha.checks.facilities.FacilityRecords.withoutRoom;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import java.util.List;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.ExamKind;
import org.ducha.model.Institution;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ExamRoomNoPracticalRoomTest {

  private static final String ID = ExamRoomNoPracticalRoom.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  @Test
  void silent_on_the_clean_institution() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void not_applicable_without_an_exam_site() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasOutcome(ID, OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void an_exam_site_without_a_practical_exam_room_fires() {
    InstitutionReport report = tester.inspect(withoutRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_PRACTICAL_EXAM));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.EXAM_SITE, Subject.EXAM_SITE_ID)
        .withEvidence("notFixedPracticalExamRooms", List.of());
    assertThat(zh(tester, report)).containsExactly("示例市安全技术培训中心考试点无固定的实操考试场所");
  }

  @Test
  void a_practical_exam_room_that_is_not_fixed_does_not_count() {
    Institution inst = mapRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_PRACTICAL_EXAM, r -> fixed(r, false));
    DuchaAssertions.assertThat(tester.inspect(inst)).hasFinding(ID).times(1)
        .withEvidence("notFixedPracticalExamRooms", List.of("实操考试室"));
  }

  @Test
  void an_exam_site_holding_no_practical_exams_needs_no_practical_exam_room() {
    Institution inst = withoutRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_PRACTICAL_EXAM).with(b -> {
      b.operationTypes.replaceAll(o -> new OperationType(o.code(), o.name(), OperationCategory.TEAM_LEADER));
      return b;
    });
    // the classes still record practical exam sessions
    DuchaAssertions.assertThat(tester.inspect(inst)).hasFinding(ID).times(1);
    Institution noPracticalExams = inst.with(b -> {
      b.classes.replaceAll(c -> c.with(cb -> {
        cb.exams.removeIf(s -> s.kind() == ExamKind.PRACTICAL);
        cb.archive.clear();
        return cb;
      }));
      return b;
    });
    DuchaAssertions.assertThat(tester.inspect(noPracticalExams)).hasNoFindings();
  }

  /** The exam site without its practical exam room and without practical exam sessions, training only {@code category}. */
  private static Institution noPracticalExamsTraining(OperationCategory category) {
    Institution inst = withoutRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_PRACTICAL_EXAM);
    return inst.with(b -> {
      b.operationTypes.replaceAll(o -> new OperationType(o.code(), o.name(), OperationCategory.TEAM_LEADER));
      b.operationTypes.set(0, new OperationType(b.operationTypes.get(0).code(), b.operationTypes.get(0).name(), category));
      b.classes.replaceAll(c -> c.with(cb -> {
        cb.exams.removeIf(s -> s.kind() == ExamKind.PRACTICAL);
        cb.archive.clear();
        return cb;
      }));
      return b;
    });
  }

  @Test
  void a_site_for_a_special_operation_needs_a_practical_exam_room_before_any_practical_exam() {
    DuchaAssertions.assertThat(tester.inspect(noPracticalExamsTraining(OperationCategory.SPECIAL_OPERATION))).hasFinding(ID).times(1);
  }

  @Test
  void a_site_for_a_coal_mine_special_operation_needs_a_practical_exam_room_before_any_practical_exam() {
    DuchaAssertions.assertThat(tester.inspect(noPracticalExamsTraining(OperationCategory.COAL_SPECIAL_OPERATION))).hasFinding(ID).times(1);
  }
}
