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
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Equipment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.PracticalRecord;
import org.ducha.model.TrainingClass;

/**
 * 使用故障或停用设备开展实操实训或考试: a recent practical-training record or exam session of a class names
 * equipment that the ledger records as faulty or out of service. One finding per class.
 *
 * <p>The ledger records the condition on the inspection day only, so only records of the last
 * {@code withinMonths} months before the inspection are compared with it.
 */
public final class EquipmentUnfitUsed implements Check {

  static final String ID = "facilities.equipment.unfit-used";

  static final Parameter<Integer> WITHIN_MONTHS = Parameter.ofInt(ID, "withinMonths", 3, 1, 120);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.equipment")
      .severity(Severity.MAJOR)
      .regulation(RegulationRef.projectJudgement(
          "training or exams recorded on equipment the ledger records as faulty or out of service were either not "
              + "held as recorded or held on unfit equipment"))
      .parameter(WITHIN_MONTHS)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    InstitutionIndex index = context.index();
    LocalDate from = context.inspectionDate().minusMonths(context.parameter(WITHIN_MONTHS));
    for (TrainingClass c : institution.classes()) {
      Set<String> names = new LinkedHashSet<>();
      Set<String> lines = new LinkedHashSet<>();
      Set<LocalDate> dates = new TreeSet<>();
      for (PracticalRecord r : c.practicalRecords()) {
        if (!r.date().isBefore(from)) {
          collect(index, r.equipmentIds(), r.date(), names, lines, dates);
        }
      }
      for (ExamSession s : c.exams()) {
        if (!s.date().isBefore(from)) {
          collect(index, s.equipmentIds(), s.date(), names, lines, dates);
        }
      }
      if (lines.isEmpty()) {
        continue;
      }
      context.finding(Subject.trainingClass(c))
          .arg("classDate", c.start())
          .arg("className", c.name())
          .arg("equipmentNames", List.copyOf(names))
          .evidence("equipment", List.copyOf(lines))
          .evidence("dates", List.copyOf(dates))
          .emit();
    }
  }

  private static void collect(InstitutionIndex index, List<String> equipmentIds, LocalDate date,
      Set<String> names, Set<String> lines, Set<LocalDate> dates) {
    for (String id : equipmentIds) {
      Optional<Equipment> e = index.equipment(id);
      if (e.isPresent() && (e.get().condition() == EquipmentCondition.DEFECTIVE
          || e.get().condition() == EquipmentCondition.OUT_OF_SERVICE)) {
        names.add(e.get().name());
        lines.add(id + ":" + e.get().condition().name());
        dates.add(date);
      }
    }
  }
}
