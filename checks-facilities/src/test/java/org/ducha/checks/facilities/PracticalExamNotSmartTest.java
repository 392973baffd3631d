package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.condition;
import static org.ducha.checks.facilities.FacilityRecords.kind;
import static org.ducha.checks.facilities.FacilityRecords.mapEquipment;
import static org.ducha.checks.facilities.FacilityRecords.uses;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import java.util.List;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.SubjectKind;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentKind;
import org.ducha.model.EquipmentUse;
import org.ducha.model.ExamKind;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class PracticalExamNotSmartTest {

  private static final String ID = PracticalExamNotSmart.ID;

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
  void a_plain_simulator_is_not_smart() {
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), "eq-lv-smart", e -> kind(e, EquipmentKind.SIMULATOR));
    InstitutionReport report = tester.inspect(inst);
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_LOW_VOLTAGE)
        .withEvidence("smartSimulator", false)
        .withEvidence("physicalEquipment", true)
        .withEvidence("usableExamEquipment", List.of("低压电工实训考核台 (PHYSICAL)", "低压电工智能考核装置 (SIMULATOR)"));
    assertThat(zh(tester, report)).containsExactly("低压电工作业实操考试设备未实现“智能+实物”，无可用的智能考核设备");
  }

  @Test
  void physical_equipment_not_used_for_exams_does_not_count() {
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), "eq-coal-bench", e -> uses(e, EquipmentUse.TRAINING));
    InstitutionReport report = tester.inspect(inst);
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_COAL_ELECTRICAL)
        .withEvidence("smartSimulator", true)
        .withEvidence("physicalEquipment", false);
    assertThat(zh(tester, report)).containsExactly("井下电气作业实操考试设备未实现“智能+实物”，无可用的实物设备");
  }

  @Test
  void faulty_exam_equipment_does_not_count() {
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), "eq-lv-bench", e -> condition(e, EquipmentCondition.DEFECTIVE));
    inst = mapEquipment(inst, "eq-lv-smart", e -> condition(e, EquipmentCondition.OUT_OF_SERVICE));
    InstitutionReport report = tester.inspect(inst);
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_LOW_VOLTAGE)
        .withEvidence("usableExamEquipment", List.of());
    assertThat(zh(tester, report)).containsExactly("低压电工作业实操考试设备未实现“智能+实物”，既无可用的智能考核设备，也无可用的实物设备");
  }

  @Test
  void worn_exam_equipment_still_counts() {
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), "eq-lv-bench", e -> condition(e, EquipmentCondition.WORN));
    DuchaAssertions.assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void an_operation_without_practical_exams_is_not_examined() {
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), "eq-lv-smart", e -> kind(e, EquipmentKind.SIMULATOR));
    inst = Mutations.mapClass(inst, Fixtures.CLASS_OFFLINE, c -> c.with(b -> {
      b.exams.removeIf(s -> s.kind() == ExamKind.PRACTICAL);
      b.archive.clear();
      return b;
    }));
    DuchaAssertions.assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
