package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.commissioned;
import static org.ducha.checks.facilities.FacilityRecords.condition;
import static org.ducha.checks.facilities.FacilityRecords.en;
import static org.ducha.checks.facilities.FacilityRecords.mapEquipment;
import static org.ducha.checks.facilities.FacilityRecords.units;
import static org.ducha.checks.facilities.FacilityRecords.uses;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import java.util.List;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.SubjectKind;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentUse;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class EquipmentFaultyTest {

  private static final String ID = EquipmentFaulty.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  @Test
  void silent_on_good_or_worn_equipment() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
    DuchaAssertions.assertThat(tester.inspect(mapEquipment(Fixtures.cleanInstitution(), Fixtures.EQ_LV_BENCH,
        e -> condition(commissioned(e, 2000), EquipmentCondition.WORN)))).hasNoFindings();
  }

  @Test
  void fires_on_training_equipment_recorded_as_faulty_whatever_its_age() {
    InstitutionReport report = tester.inspect(mapEquipment(Fixtures.cleanInstitution(), Fixtures.EQ_LV_BENCH,
        e -> condition(e, EquipmentCondition.DEFECTIVE)));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.EQUIPMENT, Fixtures.EQ_LV_BENCH)
        .withEvidence("condition", "DEFECTIVE")
        .withEvidence("units", 8)
        .withEvidence("operationTypes", List.of("低压电工作业"));
    assertThat(zh(tester, report)).containsExactly("实操实训设备低压电工实训考核台（2020年投入使用）台账记载有故障，未修复或更新");
    assertThat(en(tester, report)).containsExactly(
        "Practical-training equipment 低压电工实训考核台 (in service since 2020) is recorded as faulty and has been neither repaired nor replaced");
  }

  @Test
  void out_of_service_no_units_or_exam_only_lines_are_left_out() {
    DuchaAssertions.assertThat(tester.inspect(mapEquipment(Fixtures.cleanInstitution(), Fixtures.EQ_LV_BENCH,
        e -> condition(e, EquipmentCondition.OUT_OF_SERVICE)))).hasNoFindings();
    DuchaAssertions.assertThat(tester.inspect(mapEquipment(Fixtures.cleanInstitution(), Fixtures.EQ_LV_BENCH,
        e -> units(condition(e, EquipmentCondition.DEFECTIVE), 0)))).hasNoFindings();
    DuchaAssertions.assertThat(tester.inspect(mapEquipment(Fixtures.cleanInstitution(), Fixtures.EQ_LV_BENCH,
        e -> uses(condition(e, EquipmentCondition.DEFECTIVE), EquipmentUse.EXAM)))).hasNoFindings();
  }
}
