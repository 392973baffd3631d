package org.ducha.checks.facilities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Equipment;
import org.ducha.model.EquipmentKind;
import org.ducha.model.EquipmentUse;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.OperationType;
import org.ducha.model.TrainingClass;

/**
 * 考试实操设备未实现“智能+实物”: for an operation type the exam site examines in practice, the ledger holds
 * no usable exam equipment of one of the two kinds, a smart (computer-scored) simulator and a physical piece.
 * One finding per operation type.
 *
 * <p>The operation types examined in practice are those of the classes with a practical exam session.
 * The requirement appears in the Jincheng notice of 2022; no national text stating it was found, so it is
 * probably a Shanxi requirement. A host outside Shanxi disables the check in its profile.
 */
public final class PracticalExamNotSmart implements Check {

  static final String ID = "facilities.practical-exam.not-smart";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.equipment")
      .severity(Severity.MAJOR)
      .regulation(RegulationRef.projectJudgement(
          "“智能+实物” practical exam equipment is required by the Jincheng 2022 notice; no national text was found, "
              + "it is probably a Shanxi requirement (unconfirmed)"))
      .applicability(Applicability.EXAM_SITES)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    Set<String> examined = new HashSet<>();
    for (TrainingClass c : institution.classes()) {
      for (ExamSession s : c.exams()) {
        if (s.kind() == ExamKind.PRACTICAL) {
          examined.add(c.operationType());
          break;
        }
      }
    }
    for (OperationType op : institution.operationTypes()) {
      if (!examined.contains(op.code())) {
        continue;
      }
      boolean smart = false;
      boolean physical = false;
      List<String> examEquipment = new ArrayList<>();
      for (Equipment e : context.index().equipmentFor(op.code())) {
        if (!UsableEquipment.usableFor(e, EquipmentUse.EXAM)) {
          continue;
        }
        smart |= e.kind() == EquipmentKind.SMART_SIMULATOR;
        physical |= e.kind() == EquipmentKind.PHYSICAL;
        examEquipment.add(e.name() + " (" + e.kind().name() + ")");
      }
      if (smart && physical) {
        continue;
      }
      FindingBuilder f = context.finding(Subject.operationType(op))
          .arg("operationName", op.name())
          .evidence("operationType", op.code())
          .evidence("smartSimulator", smart)
          .evidence("physicalEquipment", physical)
          .evidence("usableExamEquipment", examEquipment);
      if (smart) {
        f.messageKey(ID + ".no-physical");
      } else if (physical) {
        f.messageKey(ID + ".no-smart");
      }
      f.emit();
    }
  }
}
