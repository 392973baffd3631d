package org.ducha.checks.facilities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Equipment;
import org.ducha.model.EquipmentUse;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;
import org.ducha.model.TrainingClass;

/**
 * 部分实操实训设备及场地不满足培训教学需求: an operation type that needs practical training has no usable
 * training equipment or no practical-training site. One finding per operation type.
 *
 * <p>An operation type needs practical training when it is a (coal) special operation, whose training
 * includes practical operation, or when any of its classes schedules a practical lesson. Usable equipment
 * serves the type, is used for training, counts at least one unit and is in good or worn but working
 * condition; a site is a practical-training site that lists the type.
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
    Set<String> withPracticalLessons = new HashSet<>();
    for (TrainingClass c : institution.classes()) {
      for (Lesson l : c.lessons()) {
        if (l.kind() == LessonKind.PRACTICAL) {
          withPracticalLessons.add(c.operationType());
          break;
        }
      }
    }
    Set<String> withSite = new HashSet<>();
    for (Room r : context.index().rooms(RoomKind.PRACTICAL_TRAINING_SITE)) {
      withSite.addAll(r.operationTypes());
    }
    for (OperationType op : institution.operationTypes()) {
      boolean needsPractice = op.category() == OperationCategory.SPECIAL_OPERATION
          || op.category() == OperationCategory.COAL_SPECIAL_OPERATION
          || withPracticalLessons.contains(op.code());
      if (!needsPractice) {
        continue;
      }
      boolean hasEquipment = false;
      List<String> unusable = new ArrayList<>();
      for (Equipment e : context.index().equipmentFor(op.code())) {
        if (UsableEquipment.usableFor(e, EquipmentUse.TRAINING)) {
          hasEquipment = true;
        } else if (e.uses().contains(EquipmentUse.TRAINING)) {
          unusable.add(e.name() + " (" + e.condition().name() + ", " + e.units() + ")");
        }
      }
      boolean hasSite = withSite.contains(op.code());
      if (hasEquipment && hasSite) {
        continue;
      }
      FindingBuilder f = context.finding(Subject.operationType(op))
          .arg("operationName", op.name())
          .evidence("operationType", op.code())
          .evidence("usableTrainingEquipment", hasEquipment)
          .evidence("unusableTrainingEquipment", unusable)
          .evidence("practicalTrainingSite", hasSite);
      if (hasEquipment) {
        f.messageKey(ID + ".no-site");
      } else if (hasSite) {
        f.messageKey(ID + ".no-equipment");
      }
      f.emit();
    }
  }
}
