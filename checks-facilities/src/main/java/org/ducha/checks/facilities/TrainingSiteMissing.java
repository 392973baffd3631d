package org.ducha.checks.facilities;

import java.util.HashSet;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Institution;
import org.ducha.model.OperationType;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;

/**
 * 实操实训场地不满足培训教学需求: an operation type that needs practical training ({@link PracticeNeeds}) has no
 * practical-training site (a room of kind {@code PRACTICAL_TRAINING_SITE} listing the type). One finding per
 * operation type. Split from {@link EquipmentInsufficient}: a site and the equipment in it are separate requirements.
 */
public final class TrainingSiteMissing implements Check {

  static final String ID = "facilities.training-site.missing";

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
    Set<String> withSite = new HashSet<>();
    for (Room r : context.index().rooms(RoomKind.PRACTICAL_TRAINING_SITE)) {
      withSite.addAll(r.operationTypes());
    }
    for (OperationType op : PracticeNeeds.of(institution)) {
      if (!withSite.contains(op.code())) {
        context.finding(Subject.operationType(op))
            .arg("operationName", op.name())
            .evidence("operationType", op.code())
            .emit();
      }
    }
  }
}
