package org.ducha.checks.staffing;

import org.ducha.finding.Subject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.ClassIndex;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.LessonRecord;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.model.PracticalRecord;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.StaffRole;
import org.ducha.model.TrainingClass;

/**
 * 实操实训教师专业不满足开展相关特种作业培训要求: for an operation type that needs practical training, no full-time
 * practical instructor has it among their specialties, or its practical training was given by people without it.
 * One finding per operation type.
 *
 * <p>An operation type needs practical training when it is a special operation (特种作业, coal or not) or when a
 * class of it on file schedules practical lessons. Two things make it fail:
 * <ol>
 *   <li>no person listed on the training-staff roster as full-time practical instructor, and still working there on
 *       the inspection date, has the operation type among their specialties (message {@code <id>});
 *   <li>a practical lesson of a class of that type was taught (by the teacher of its delivery record, or the planned
 *       teacher when there is no record), or a practical-training record of such a class was kept, by someone
 *       without that specialty (message {@code <id>.taught-by-unqualified}, used when the first does not hold).
 * </ol>
 */
public final class InstructorSpecialtyMismatch implements Check {

  static final String ID = "staffing.instructor.specialty-mismatch";
  /** Message key when qualified instructors exist but practical training was given by unqualified people. */
  static final String TAUGHT_BY_UNQUALIFIED_KEY = ID + ".taught-by-unqualified";

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

  /** Who gave the practical training of one operation type without the specialty, and how many lessons. */
  private static final class Unqualified {
    final Set<String> teacherIds = new LinkedHashSet<>();
    int lessons;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    Set<String> withPracticalLessons = new HashSet<>();
    Map<String, Unqualified> unqualified = new LinkedHashMap<>();
    for (TrainingClass c : institution.classes()) {
      String op = c.operationType();
      ClassIndex ci = context.index().of(c);
      for (Lesson l : c.lessons()) {
        if (l.kind() != LessonKind.PRACTICAL) {
          continue;
        }
        withPracticalLessons.add(op);
        Set<String> teachers = new LinkedHashSet<>();
        for (LessonRecord r : ci.lessonRecords(l.id())) {
          teachers.add(r.teacherId());
        }
        if (teachers.isEmpty()) {
          teachers.add(l.teacherId());
        }
        boolean counted = false;
        for (String t : teachers) {
          if (!hasSpecialty(context, t, op)) {
            Unqualified u = unqualified.computeIfAbsent(op, k -> new Unqualified());
            u.teacherIds.add(t);
            if (!counted) {
              u.lessons++;
              counted = true;
            }
          }
        }
      }
      for (PracticalRecord r : c.practicalRecords()) {
        if (!hasSpecialty(context, r.instructorId(), op)) {
          unqualified.computeIfAbsent(op, k -> new Unqualified()).teacherIds.add(r.instructorId());
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
      List<String> instructors = qualified.getOrDefault(op.code(), List.of());
      Unqualified u = unqualified.get(op.code());
      if (!instructors.isEmpty() && u == null) {
        continue;
      }
      List<String> teacherNames = new ArrayList<>();
      List<String> teacherIds = new ArrayList<>();
      if (u != null) {
        for (String id : u.teacherIds) {
          teacherIds.add(id);
          teacherNames.add(context.index().staff(id).map(StaffMember::name).orElse(id));
        }
      }
      context.finding(Subject.operationType(op))
          .messageKey(instructors.isEmpty() ? ID : TAUGHT_BY_UNQUALIFIED_KEY)
          .arg("operation", op.name())
          .arg("teachers", teacherNames)
          .evidence("qualifiedInstructors", instructors)
          .evidence("unqualifiedTeacherIds", teacherIds)
          .evidence("lessonsByUnqualified", u == null ? 0 : u.lessons)
          .emit();
    }
  }

  private static boolean hasSpecialty(CheckContext context, String staffId, String operationType) {
    Optional<StaffMember> m = context.index().staff(staffId);
    return m.isPresent() && m.get().specialties().contains(operationType);
  }
}
