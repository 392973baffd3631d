package org.ducha.checks.facilities;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.InstitutionIndex;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Equipment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentUse;
import org.ducha.model.Institution;

/**
 * 实操实训设备故障未修复: a line of practical-training equipment, not taken out of service, is recorded as faulty.
 * One finding per equipment line. Split from {@link EquipmentOutdated}: a faulty machine wants repair, an old one
 * replacement, and a host may grade them apart. Training on it is {@link EquipmentUnfitUsed}.
 */
public final class EquipmentFaulty implements Check {

  static final String ID = "facilities.equipment.faulty";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.equipment")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016(""))
      .regulation(Regulations.aq2023(""))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    InstitutionIndex index = context.index();
    for (Equipment e : institution.equipment()) {
      if (!e.uses().contains(EquipmentUse.TRAINING) || e.units() == 0 || e.condition() != EquipmentCondition.DEFECTIVE) {
        continue;
      }
      List<String> operations = new ArrayList<>();
      for (String code : e.operationTypes()) {
        operations.add(index.operationName(code));
      }
      context.finding(Subject.equipment(e))
          .arg("equipmentName", e.name())
          .arg("commissionedYear", e.commissionedYear())
          .evidence("condition", e.condition().name())
          .evidence("units", e.units())
          .evidence("operationTypes", operations)
          .emit();
    }
  }
}
