package org.ducha.checks.archive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * 教学计划执行表课时与课程不对应: on the teaching-plan execution form of a class that ended before the
 * inspection, the hours written for a course differ from the hours the teaching plan gives that course, a
 * course of the plan is missing, a course not in the plan appears, or a row has no hours. One finding per class.
 *
 * <p>Hours are totalled per course: a row counts for the course of the lesson it names, or else for the course
 * written on it; the plan's lessons count for their course. Course names are compared by {@link WrittenNames#key}.
 */
public final class PlanExecutionHoursMismatch implements Check {

  static final String ID = "archive.plan-execution.hours-mismatch";

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
      List<ClassDocument> forms = archive.index().documents(ClassDocumentType.PLAN_EXECUTION_FORM);
      if (!archive.closed() || forms.isEmpty()) {
        continue;
      }
      Map<String, String> names = new LinkedHashMap<>();
      Map<String, BigDecimal> planned = new LinkedHashMap<>();
      for (Lesson l : archive.trainingClass().lessons()) {
        String key = WrittenNames.key(l.course());
        names.putIfAbsent(key, l.course());
        planned.merge(key, l.hours(), BigDecimal::add);
      }
      Map<String, BigDecimal> written = new LinkedHashMap<>();
      Map<String, String> blank = new LinkedHashMap<>();
      for (ClassDocument form : forms) {
        for (FormRow row : form.rows()) {
          Optional<Lesson> lesson = row.lessonId().flatMap(archive.index()::lesson);
          String course = lesson.map(Lesson::course).orElse(row.course());
          String key = WrittenNames.key(course);
          names.putIfAbsent(key, course);
          written.merge(key, row.hours().orElse(BigDecimal.ZERO), BigDecimal::add);
          if (row.hours().isEmpty()) {
            blank.putIfAbsent(key, course);
          }
        }
      }
      List<String> mismatches = new ArrayList<>();
      for (Map.Entry<String, String> course : names.entrySet()) {
        BigDecimal plan = planned.getOrDefault(course.getKey(), BigDecimal.ZERO);
        BigDecimal form = written.getOrDefault(course.getKey(), BigDecimal.ZERO);
        if (plan.compareTo(form) != 0 || blank.containsKey(course.getKey())) {
          mismatches.add(course.getValue() + ": written " + hours(form) + " / planned " + hours(plan));
        }
      }
      if (!mismatches.isEmpty()) {
        archive.finding()
            .arg("count", mismatches.size())
            .evidence("courses", mismatches)
            .evidence("rowsWithoutHours", new ArrayList<>(blank.values()))
            .emit();
      }
    }
  }

  private static String hours(BigDecimal h) {
    return h.stripTrailingZeros().toPlainString();
  }
}
