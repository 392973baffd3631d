package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.FormRow;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;

/**
 * 教学计划执行表个别老师未签字: rows of the teaching-plan execution form of a class that ended before the
 * inspection bear no teacher's signature. One finding per class, naming the teachers.
 */
public final class PlanExecutionUnsigned implements Check {

  static final String ID = "archive.plan-execution.unsigned";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MINOR)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (ClassArchive archive : ClassArchive.all(context)) {
      if (!archive.closed()) {
        continue;
      }
      List<String> courses = new ArrayList<>();
      Set<String> teachers = new LinkedHashSet<>();
      for (ClassDocument form : archive.index().documents(ClassDocumentType.PLAN_EXECUTION_FORM)) {
        for (FormRow row : form.rows()) {
          if (!row.signed()) {
            courses.add(row.course());
            teacherOf(archive, row).ifPresent(t -> teachers.add(archive.staffName(t)));
          }
        }
      }
      if (!courses.isEmpty()) {
        archive.finding()
            .arg("count", courses.size())
            .evidence("teachers", new ArrayList<>(teachers))
            .evidence("courses", courses)
            .emit();
      }
    }
  }

  /** The teacher the row names, or else the teacher the plan names for the row's lesson. */
  private static Optional<String> teacherOf(ClassArchive archive, FormRow row) {
    if (row.teacherId().isPresent()) {
      return row.teacherId();
    }
    return row.lessonId().flatMap(archive.index()::lesson).map(Lesson::teacherId);
  }
}
