package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.condition;
import static org.ducha.checks.facilities.FacilityRecords.en;
import static org.ducha.checks.facilities.FacilityRecords.mapEquipment;
import static org.ducha.checks.facilities.FacilityRecords.mapRoom;
import static org.ducha.checks.facilities.FacilityRecords.serving;
import static org.ducha.checks.facilities.FacilityRecords.withoutRoom;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import org.ducha.engine.InstitutionReport;
import org.ducha.finding.SubjectKind;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.Institution;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class TrainingSiteMissingTest {

  private static final String ID = TrainingSiteMissing.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  @Test
  void silent_when_each_operation_has_a_site_even_without_usable_equipment() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
    DuchaAssertions.assertThat(tester.inspect(mapEquipment(Fixtures.cleanInstitution(), Fixtures.EQ_LV_BENCH,
        e -> condition(e, EquipmentCondition.OUT_OF_SERVICE)))).hasNoFindings();
  }

  @Test
  void no_practical_training_site_for_the_operation_fires() {
    InstitutionReport report = tester.inspect(withoutRoom(Fixtures.cleanInstitution(), Fixtures.SITE_COAL));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_COAL_ELECTRICAL)
        .withEvidence("operationType", Fixtures.OP_COAL_ELECTRICAL);
    assertThat(zh(tester, report)).containsExactly("井下电气作业无实操实训场地");
    assertThat(en(tester, report)).containsExactly("井下电气作业 has no practical-training site");
  }

  @Test
  void a_site_serving_other_operations_does_not_count() {
    Institution inst = mapRoom(Fixtures.cleanInstitution(), Fixtures.SITE_COAL, r -> serving(r, Fixtures.OP_LOW_VOLTAGE));
    DuchaAssertions.assertThat(tester.inspect(inst)).hasFinding(ID).times(1)
        .forSubject(SubjectKind.OPERATION_TYPE, Fixtures.OP_COAL_ELECTRICAL);
  }

  @Test
  void an_operation_without_practical_training_needs_no_site() {
    Institution inst = Fixtures.cleanInstitution().with(b -> {
      b.operationTypes.add(new OperationType("principal", "主要负责人", OperationCategory.PRINCIPAL_AND_SAFETY_MANAGER));
      return b;
    });
    DuchaAssertions.assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
