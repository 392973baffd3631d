package org.ducha.checks.facilities;

import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DocumentType;
import org.ducha.model.Equipment;
import org.ducha.model.Institution;
import org.ducha.model.OperationType;

/**
 * 未建立实操实训设备台账: an institution that trains in practice (an operation type needing practical training, see
 * {@link PracticeNeeds}) or holds practical equipment keeps no equipment ledger — no governance document of type
 * {@link DocumentType#EQUIPMENT_LEDGER}. One finding for the institution.
 *
 * <p>The equipment lines of the records ({@code Institution.equipment}) are what the inspectors found and how it was;
 * the ledger is the institution's own register of it, a document. Whether the equipment itself is enough is
 * {@link EquipmentInsufficient}'s question, not this one's.
 */
public final class EquipmentLedgerMissing implements Check {

  static final String ID = "facilities.equipment-ledger.missing";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.equipment")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.2"))
      .regulation(Regulations.aq2023("4.1.1"))
      .regulation(RegulationRef.projectJudgement(
          "The equipment-and-facilities rules that AQ/T 8011-2016 3.1.2 and AQ 8011-2023 4.1.1 require are kept through an equipment ledger (设备台账); "
              + "that an institution training in practice must hold one as a document is the project's reading"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    if (!context.index().documents(DocumentType.EQUIPMENT_LEDGER).isEmpty()) {
      return;
    }
    List<OperationType> needs = PracticeNeeds.of(institution);
    List<Equipment> equipment = institution.equipment();
    if (needs.isEmpty() && equipment.isEmpty()) {
      return;
    }
    context.finding(Subject.institution(institution)
            .child(SubjectKind.DOCUMENT, DocumentType.EQUIPMENT_LEDGER.name(), "实操实训设备台账"))
        .evidence("documentType", DocumentType.EQUIPMENT_LEDGER.name())
        .evidence("operationTypesNeedingPractice", needs.stream().map(OperationType::code).toList())
        .evidence("equipmentLines", equipment.size())
        .emit();
  }
}
