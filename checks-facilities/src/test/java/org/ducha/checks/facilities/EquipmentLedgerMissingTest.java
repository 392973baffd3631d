package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import java.util.List;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class EquipmentLedgerMissingTest {

  private static final String ID = EquipmentLedgerMissing.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  /** The clean institution without its equipment ledger. */
  static Institution withoutLedger() {
    return Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.EQUIPMENT_LEDGER);
  }

  @Test
  void silent_when_the_ledger_is_on_file() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_once_when_an_institution_training_in_practice_keeps_no_ledger() {
    InstitutionReport report = tester.inspect(withoutLedger());
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.DOCUMENT, "EQUIPMENT_LEDGER")
        .forSubjectId(Fixtures.INSTITUTION_ID)
        .withEvidence("operationTypesNeedingPractice", List.of(Fixtures.OP_LOW_VOLTAGE, Fixtures.OP_COAL_ELECTRICAL))
        .withEvidence("equipmentLines", 4);
    assertThat(zh(tester, report)).containsExactly("未建立实操实训设备台账");
  }

  @Test
  void fires_on_equipment_held_even_when_nothing_trained_needs_practice() {
    Institution lecturesOnly = withoutLedger().with(b -> {
      b.operationTypes.replaceAll(op -> new OperationType(op.code(), op.name(), OperationCategory.PRINCIPAL_AND_SAFETY_MANAGER));
      b.classes.clear();
      return b;
    });
    DuchaAssertions.assertThat(tester.inspect(lecturesOnly)).hasFinding(ID).times(1)
        .withEvidence("operationTypesNeedingPractice", List.of());
    Institution nothing = lecturesOnly.with(b -> {
      b.equipment.clear();
      return b;
    });
    DuchaAssertions.assertThat(tester.inspect(nothing)).hasNoFindings();
  }
}
