package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.commissioned;
import static org.ducha.checks.facilities.FacilityRecords.condition;
import static org.ducha.checks.facilities.FacilityRecords.en;
import static org.ducha.checks.facilities.FacilityRecords.mapEquipment;
import static org.ducha.checks.facilities.FacilityRecords.uses;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import java.util.List;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.SubjectKind;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentUse;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class EquipmentOutdatedTest {

  private static final String ID = EquipmentOutdated.ID;
  private static final String BENCH = "eq-lv-bench";

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  @Test
  void silent_on_the_clean_institution() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void ten_years_of_service_is_not_yet_outdated() {
    // inspected in 2022
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), BENCH, e -> commissioned(e, 2012));
    DuchaAssertions.assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void eleven_years_of_service_is_outdated() {
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), BENCH, e -> commissioned(e, 2011));
    InstitutionReport report = tester.inspect(inst);
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.EQUIPMENT, BENCH)
        .withEvidence("ageYears", 11)
        .withEvidence("condition", "GOOD")
        .withEvidence("operationTypes", List.of("低压电工作业"));
    assertThat(zh(tester, report)).containsExactly("实操实训设备低压电工实训考核台于2011年投入使用，已使用11年（超过10年），陈旧未更新");
    assertThat(en(tester, report)).containsExactly(
        "Practical-training equipment 低压电工实训考核台, in service since 2011, is 11 years old (more than 10) and has not been replaced");
  }

  @Test
  void max_age_is_a_parameter() {
    // the fixture's low-voltage equipment dates from 2020, the coal equipment from 2019
    DuchaAssertions.assertThat(tester.parameter(ID, "maxAgeYears", 3).inspect(Fixtures.cleanInstitution())).hasNoFindings();
    DuchaAssertions.assertThat(tester.parameter(ID, "maxAgeYears", 2).inspect(Fixtures.cleanInstitution()))
        .hasFinding(ID).times(2)
        .forSubject(SubjectKind.EQUIPMENT, "eq-coal-bench")
        .forSubject(SubjectKind.EQUIPMENT, "eq-coal-smart");
  }

  @Test
  void equipment_recorded_as_worn_is_outdated_whatever_its_age() {
    InstitutionReport report = tester.inspect(mapEquipment(Fixtures.cleanInstitution(), BENCH, e -> condition(e, EquipmentCondition.WORN)));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1).forSubject(SubjectKind.EQUIPMENT, BENCH).withEvidence("condition", "WORN");
    assertThat(zh(tester, report)).containsExactly("实操实训设备低压电工实训考核台（2020年投入使用）台账记载陈旧磨损，未更新");
  }

  @Test
  void equipment_recorded_as_faulty_is_the_faulty_check_unless_it_is_also_old() {
    DuchaAssertions.assertThat(tester.inspect(mapEquipment(Fixtures.cleanInstitution(), BENCH, e -> condition(e, EquipmentCondition.DEFECTIVE))))
        .hasNoFindings();
    InstitutionReport old = tester.inspect(mapEquipment(Fixtures.cleanInstitution(), BENCH,
        e -> condition(commissioned(e, 2011), EquipmentCondition.DEFECTIVE)));
    DuchaAssertions.assertThat(old).hasFinding(ID).times(1).forSubject(SubjectKind.EQUIPMENT, BENCH).withMessageKey(ID)
        .withEvidence("condition", "DEFECTIVE").withEvidence("ageYears", 11);
  }

  @Test
  void equipment_out_of_service_is_left_out_even_when_old() {
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), BENCH,
        e -> condition(commissioned(e, 2000), EquipmentCondition.OUT_OF_SERVICE));
    DuchaAssertions.assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void old_exam_only_equipment_is_not_training_equipment() {
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), BENCH, e -> uses(commissioned(e, 2000), EquipmentUse.EXAM));
    DuchaAssertions.assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
