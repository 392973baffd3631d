package org.ducha.checks.staffing;

import java.util.ArrayList;
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
import org.ducha.finding.Subject;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.LessonRecord;
import org.ducha.model.OperationType;
import org.ducha.model.PracticalRecord;
import org.ducha.model.StaffMember;
import org.ducha.model.TrainingClass;

/**
 * 实操实训由专业不对口的教师授课: a practical lesson of a class was taught (by the teacher of its delivery record, or the
 * planned teacher when there is no record), or a practical-training record of a class was kept, by someone without
 * the class's operation type among their specialties. One finding per operation type, naming the people.
 *
 * <p>Split from {@link InstructorSpecialtyMismatch}, which asks whether the institution has a qualified full-time
 * instructor at all: this one asks who actually taught, whether or not qualified instructors were on the staff.
 */
public final class PracticalTrainingUnqualifiedInstructor implements Check {

  static final String ID = "staffing.practical-training.unqualified-instructor";

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
    Map<String, Unqualified> unqualified = new LinkedHashMap<>();
    for (TrainingClass c : institution.classes()) {
      String op = c.operationType();
      ClassIndex ci = context.index().of(c);
      for (Lesson l : c.lessons()) {
        if (l.kind() != LessonKind.PRACTICAL) {
          continue;
        }
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
    for (OperationType op : institution.operationTypes()) {
      Unqualified u = unqualified.get(op.code());
      if (u == null) {
        continue;
      }
      List<String> teacherNames = new ArrayList<>();
      for (String id : u.teacherIds) {
        teacherNames.add(context.index().staff(id).map(StaffMember::name).orElse(id));
      }
      context.finding(Subject.operationType(op))
          .arg("operation", op.name())
          .arg("teachers", teacherNames)
          .evidence("unqualifiedTeacherIds", List.copyOf(u.teacherIds))
          .evidence("lessonsByUnqualified", u.lessons)
          .emit();
    }
  }

  private static boolean hasSpecialty(CheckContext context, String staffId, String operationType) {
    Optional<StaffMember> m = context.index().staff(staffId);
    return m.isPresent() && m.get().specialties().contains(operationType);
  }
}
