package org.ducha.checks.facilities;

import org.ducha.finding.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamSession;
import org.ducha.model.ExamSite;
import org.ducha.model.Institution;
import org.ducha.model.OperationCategory;
import org.ducha.model.OperationType;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;
import org.ducha.model.TrainingClass;

/**
 * 考试点无实操考试场所: an exam site that holds practical exams has no fixed practical exam room.
 *
 * <p>An exam site holds practical exams when its records show a practical exam session, or when the
 * institution trains a (coal) special operation, whose exam includes a practical part.
 */
public final class ExamRoomNoPracticalRoom implements Check {

  static final String ID = "facilities.exam-room.no-practical-room";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.rooms")
      .severity(Severity.MAJOR)
      .regulation(Regulations.EXAM_MEASURES)
      .applicability(Applicability.EXAM_SITES)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    Optional<ExamSite> site = institution.examSite();
    if (site.isEmpty() || !holdsPracticalExams(institution)) {
      return;
    }
    List<String> notFixed = new ArrayList<>();
    for (Room r : context.index().rooms(RoomKind.PRACTICAL_EXAM_ROOM)) {
      if (r.fixed()) {
        return;
      }
      notFixed.add(r.name());
    }
    context.finding(Subject.examSite(site.get()))
        .arg("examSiteName", site.get().name())
        .evidence("notFixedPracticalExamRooms", notFixed)
        .emit();
  }

  private static boolean holdsPracticalExams(Institution institution) {
    for (OperationType op : institution.operationTypes()) {
      if (op.category() == OperationCategory.SPECIAL_OPERATION || op.category() == OperationCategory.COAL_SPECIAL_OPERATION) {
        return true;
      }
    }
    for (TrainingClass c : institution.classes()) {
      for (ExamSession s : c.exams()) {
        if (s.kind() == ExamKind.PRACTICAL) {
          return true;
        }
      }
    }
    return false;
  }
}
