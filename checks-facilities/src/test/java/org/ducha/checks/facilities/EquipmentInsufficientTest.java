package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.condition;
import static org.ducha.checks.facilities.FacilityRecords.findings;
import static org.ducha.checks.facilities.FacilityRecords.mapEquipment;
import static org.ducha.checks.facilities.FacilityRecords.mapRoom;
import static org.ducha.checks.facilities.FacilityRecords.serving;
import static org.ducha.checks.facilities.FacilityRecords.units;
import static org.ducha.checks.facilities.FacilityRecords.uses;
import static org.ducha.checks.facilities.FacilityRecords.withoutRoom;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import java.util.List;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.SubjectKind;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentUse;
import org.ducha.model.Institution;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.model.TrainingClass;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class EquipmentInsufficientTest {

  private static final String ID = EquipmentInsufficient.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  /** Both low-voltage lines (physical bench and smart trainer) in {@code cond}. */
  private static Institution lowVoltageEquipment(EquipmentCondition cond) {
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), "eq-lv-bench", e -> condition(e, cond));
    return mapEquipment(inst, "eq-lv-smart", e -> condition(e, cond));
  }

  @Test
  void silent_on_the_clean_institution() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void worn_equipment_is_still_usable() {
    DuchaAssertions.assertThat(tester.inspect(lowVoltageEquipment(EquipmentCondition.WORN))).hasNoFindings();
  }

  @Test
  void faulty_or_retired_equipment_is_not_usable() {
    InstitutionReport report = tester.inspect(lowVoltageEquipment(EquipmentCondition.DEFECTIVE));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_LOW_VOLTAGE)
        .withEvidence("unusableTrainingEquipment", List.of("低压电工实训考核台 (DEFECTIVE, 8)", "低压电工智能考核装置 (DEFECTIVE, 4)"));
    assertThat(zh(tester, report)).containsExactly("低压电工作业无可用的实操实训设备");
    DuchaAssertions.assertThat(tester.inspect(lowVoltageEquipment(EquipmentCondition.OUT_OF_SERVICE)))
        .hasFinding(ID).times(1).forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_LOW_VOLTAGE);
  }

  @Test
  void one_usable_line_is_enough() {
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), "eq-lv-bench", e -> condition(e, EquipmentCondition.DEFECTIVE));
    DuchaAssertions.assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void a_line_of_zero_units_or_for_exams_only_is_not_training_equipment() {
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), "eq-lv-bench", e -> units(e, 0));
    inst = mapEquipment(inst, "eq-lv-smart", e -> uses(e, EquipmentUse.EXAM));
    DuchaAssertions.assertThat(tester.inspect(inst)).hasFinding(ID).times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_LOW_VOLTAGE)
        .withEvidence("unusableTrainingEquipment", List.of("低压电工实训考核台 (GOOD, 0)"));
  }

  @Test
  void a_missing_site_is_the_site_check() {
    DuchaAssertions.assertThat(tester.inspect(withoutRoom(Fixtures.cleanInstitution(), Fixtures.SITE_COAL))).hasNoFindings();
    Institution inst = withoutRoom(lowVoltageEquipment(EquipmentCondition.OUT_OF_SERVICE), Fixtures.SITE_LOW_VOLTAGE);
    InstitutionReport report = tester.inspect(inst);
    assertThat(findings(report, ID)).hasSize(1);
    assertThat(zh(tester, report)).containsExactly("低压电工作业无可用的实操实训设备");
  }

  @Test
  void an_operation_without_practical_training_needs_no_equipment() {
    Institution inst = Fixtures.cleanInstitution().with(b -> {
      b.operationTypes.add(new OperationType("principal", "主要负责人", OperationCategory.PRINCIPAL_AND_SAFETY_MANAGER));
      return b;
    });
    DuchaAssertions.assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void an_operation_whose_classes_schedule_practical_lessons_needs_equipment() {
    Institution inst = Fixtures.cleanInstitution().with(b -> {
      b.operationTypes.add(new OperationType("team-leader", "班组长", OperationCategory.TEAM_LEADER));
      TrainingClass copy = b.classes.get(0).with(c -> {
        c.id("c-team-leader").name("班组长培训班").operationType("team-leader");
        c.exams.clear();
        c.archive.clear();
        return c;
      });
      b.classes.add(copy);
      return b;
    });
    DuchaAssertions.assertThat(tester.inspect(inst)).hasFinding(ID).times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, "team-leader")
        .withEvidence("unusableTrainingEquipment", List.of());
  }
}
