package org.ducha.checks.facilities;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Equipment;
import org.ducha.model.EquipmentUse;
import org.ducha.model.Institution;
import org.ducha.model.OperationType;

/**
 * 部分实操实训设备不满足培训教学需求: an operation type that needs practical training ({@link PracticeNeeds}) has no
 * usable training equipment. One finding per operation type.
 *
 * <p>Usable equipment serves the type, is used for training, counts at least one unit and is in good or worn but
 * working condition. A missing practical-training site, which the notice names in the same item, is
 * {@link TrainingSiteMissing}; a missing equipment ledger is {@link EquipmentLedgerMissing}.
 */
public final class EquipmentInsufficient implements Check {

  static final String ID = "facilities.equipment.insufficient";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.equipment")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016(""))
      .regulation(Regulations.aq2023(""))
      .regulation(Regulations.SPECIAL_OPERATIONS)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (OperationType op : PracticeNeeds.of(institution)) {
      boolean hasEquipment = false;
      List<String> unusable = new ArrayList<>();
      for (Equipment e : context.index().equipmentFor(op.code())) {
        if (UsableEquipment.usableFor(e, EquipmentUse.TRAINING)) {
          hasEquipment = true;
        } else if (e.uses().contains(EquipmentUse.TRAINING)) {
          unusable.add(e.name() + " (" + e.condition().name() + ", " + e.units() + ")");
        }
      }
      if (!hasEquipment) {
        context.finding(Subject.operationType(op))
            .arg("operationName", op.name())
            .evidence("operationType", op.code())
            .evidence("unusableTrainingEquipment", unusable)
            .emit();
      }
    }
  }
}
