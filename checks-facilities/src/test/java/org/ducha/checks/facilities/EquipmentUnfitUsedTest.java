package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.condition;
import static org.ducha.checks.facilities.FacilityRecords.mapEquipment;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import java.time.LocalDate;
import java.util.List;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.SubjectKind;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class EquipmentUnfitUsedTest {

  private static final String ID = EquipmentUnfitUsed.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  /** The low-voltage bench, used on 2022-03-08 and 03-09 (practice) and 03-10 (exam); inspection 2022-04-20. */
  private static Institution bench(EquipmentCondition cond) {
    return mapEquipment(Fixtures.cleanInstitution(), "eq-lv-bench", e -> condition(e, cond));
  }

  @Test
  void silent_on_the_clean_institution() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void worn_equipment_may_be_used() {
    DuchaAssertions.assertThat(tester.inspect(bench(EquipmentCondition.WORN))).hasNoFindings();
  }

  @Test
  void recent_use_of_retired_equipment_fires_for_the_class() {
    InstitutionReport report = tester.inspect(bench(EquipmentCondition.OUT_OF_SERVICE));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.CLASS, Fixtures.CLASS_OFFLINE)
        .withEvidence("equipment", List.of("eq-lv-bench:OUT_OF_SERVICE"))
        .withEvidence("dates", List.of(LocalDate.of(2022, 3, 8), LocalDate.of(2022, 3, 9), LocalDate.of(2022, 3, 10)));
    assertThat(zh(tester, report)).containsExactly("2022年3月7日低压电工初训班实操实训或考试使用了台账记载有故障或已停用的设备（低压电工实训考核台）");
  }

  @Test
  void recent_use_of_faulty_equipment_fires() {
    DuchaAssertions.assertThat(tester.inspect(bench(EquipmentCondition.DEFECTIVE))).hasFinding(ID).times(1)
        .withEvidence("equipment", List.of("eq-lv-bench:DEFECTIVE"));
  }

  @Test
  void only_records_within_the_set_months_before_the_inspection_count() {
    // one month before 2022-04-20 is 2022-03-20: the uses of 03-08 to 03-10 are older
    DuchaAssertions.assertThat(tester.parameter(ID, "withinMonths", 1).inspect(bench(EquipmentCondition.OUT_OF_SERVICE))).hasNoFindings();
    // two months before is 2022-02-20: they count
    DuchaAssertions.assertThat(tester.parameter(ID, "withinMonths", 2).inspect(bench(EquipmentCondition.OUT_OF_SERVICE)))
        .hasFinding(ID).times(1).forSubject(SubjectKind.CLASS, Fixtures.CLASS_OFFLINE);
  }

  @Test
  void the_first_day_of_the_window_counts() {
    // the last use, the exam of 2022-03-10, is exactly one month before an inspection on 2022-04-10
    Institution inst = bench(EquipmentCondition.OUT_OF_SERVICE).with(b -> b.inspectedOn(LocalDate.of(2022, 4, 10)));
    DuchaAssertions.assertThat(tester.parameter(ID, "withinMonths", 1).inspect(inst)).hasFinding(ID).times(1)
        .withEvidence("dates", List.of(LocalDate.of(2022, 3, 10)));
  }
}
