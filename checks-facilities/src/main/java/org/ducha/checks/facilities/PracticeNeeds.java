package org.ducha.checks.facilities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.model.TrainingClass;

/**
 * Which operation types an institution trains need practical training: a (coal) special operation, whose training
 * includes practical operation, or one whose classes schedule a practical lesson.
 */
final class PracticeNeeds {
  private PracticeNeeds() {}

  /** The operation types of {@code institution} that need practical training, in the institution's order. */
  static List<OperationType> of(Institution institution) {
    Set<String> withPracticalLessons = new HashSet<>();
    for (TrainingClass c : institution.classes()) {
      for (Lesson l : c.lessons()) {
        if (l.kind() == LessonKind.PRACTICAL) {
          withPracticalLessons.add(c.operationType());
          break;
        }
      }
    }
    List<OperationType> needs = new ArrayList<>();
    for (OperationType op : institution.operationTypes()) {
      if (op.category() == OperationCategory.SPECIAL_OPERATION || op.category() == OperationCategory.COAL_SPECIAL_OPERATION
          || withPracticalLessons.contains(op.code())) {
        needs.add(op);
      }
    }
    return needs;
  }
}
