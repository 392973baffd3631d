package org.ducha.checks.staffing;

import org.ducha.finding.Subject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.model.RosterType;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingClass;

/**
 * 实操实训教师专业不满足开展相关特种作业培训要求: for an operation type that needs practical training, no person
 * listed on the training-staff roster as full-time practical instructor, and still working there on the inspection
 * date, has it among their specialties. One finding per operation type.
 *
 * <p>An operation type needs practical training when it is a special operation (特种作业, coal or not) or when a
 * class of it on file schedules practical lessons. Practical training actually given by someone without the
 * specialty is {@link PracticalTrainingUnqualifiedInstructor}: the staff the institution has, and who actually
 * taught, are two defects a host may grade apart.
 */
public final class InstructorSpecialtyMismatch implements Check {

  static final String ID = "staffing.instructor.specialty-mismatch";

  private static final Set<OperationCategory> SPECIAL = EnumSet.of(
      OperationCategory.SPECIAL_OPERATION, OperationCategory.COAL_SPECIAL_OPERATION);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.qualification")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.3"))
      .regulation(Regulations.aq2023("4.3"))
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
    Map<String, List<String>> qualified = new LinkedHashMap<>();
    for (ListedPerson p : ListedPerson.current(context.index(), RosterType.TRAINING_STAFF, context.inspectionDate())) {
      if (p.fullTime(StaffRole.PRACTICAL_INSTRUCTOR)) {
        for (String op : p.member().specialties()) {
          qualified.computeIfAbsent(op, k -> new ArrayList<>()).add(p.member().name());
        }
      }
    }
    for (OperationType op : institution.operationTypes()) {
      if (!SPECIAL.contains(op.category()) && !withPracticalLessons.contains(op.code())) {
        continue;
      }
      if (!qualified.containsKey(op.code())) {
        context.finding(Subject.operationType(op))
            .arg("operation", op.name())
            .evidence("operationType", op.code())
            .emit();
      }
    }
  }
}
