package org.ducha.checks.facilities;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.InstitutionIndex;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Equipment;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.PracticalRecord;
import org.ducha.model.TrainingClass;

/**
 * 实操实训（考试）设备与培训工种不符: a practical-training record or exam session of a class names equipment
 * that serves other operation types but not the class's own. One finding per class.
 *
 * <p>Equipment whose ledger line names no operation type is general-purpose (first-aid dummies, protective
 * gear) and fits every class.
 */
public final class EquipmentWrongOperation implements Check {

  static final String ID = "facilities.equipment.wrong-operation";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.equipment")
      .severity(Severity.MAJOR)
      .regulation(Regulations.SPECIAL_OPERATIONS)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    InstitutionIndex index = context.index();
    for (TrainingClass c : institution.classes()) {
      Set<String> names = new LinkedHashSet<>();
      Set<String> ids = new LinkedHashSet<>();
      Set<LocalDate> dates = new TreeSet<>();
      for (PracticalRecord r : c.practicalRecords()) {
        collect(index, c, r.equipmentIds(), r.date(), names, ids, dates);
      }
      for (ExamSession s : c.exams()) {
        collect(index, c, s.equipmentIds(), s.date(), names, ids, dates);
      }
      if (ids.isEmpty()) {
        continue;
      }
      context.finding(Subject.trainingClass(c))
          .arg("classDate", c.start())
          .arg("className", c.name())
          .arg("operationName", index.operationName(c.operationType()))
          .arg("equipmentNames", List.copyOf(names))
          .evidence("equipment", List.copyOf(ids))
          .evidence("dates", List.copyOf(dates))
          .emit();
    }
  }

  private static void collect(InstitutionIndex index, TrainingClass c, List<String> equipmentIds, LocalDate date,
      Set<String> names, Set<String> ids, Set<LocalDate> dates) {
    for (String id : equipmentIds) {
      Optional<Equipment> e = index.equipment(id);
      if (e.isPresent() && !e.get().operationTypes().isEmpty() && !e.get().operationTypes().contains(c.operationType())) {
        names.add(e.get().name());
        ids.add(id);
        dates.add(date);
      }
    }
  }
}
