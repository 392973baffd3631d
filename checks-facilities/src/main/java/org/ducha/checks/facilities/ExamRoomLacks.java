package org.ducha.checks.facilities;

import java.util.function.Predicate;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Institution;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;

/**
 * A fixed computer exam room of the exam site lacks one of the means the exam measures require; one finding per room,
 * its evidence the means as recorded ({@code false}). Each means is its own check, so a host can disable or re-grade
 * each alone.
 */
abstract class ExamRoomLacks implements Check {

  private final CheckDescriptor descriptor;
  private final String means;
  private final Predicate<Room> has;

  /**
   * @param id the check id
   * @param means the room's field that records the means, named in the evidence
   * @param has whether the room has it
   */
  ExamRoomLacks(String id, String means, Predicate<Room> has) {
    this.descriptor = CheckDescriptor.builder(id, Group.FACILITIES)
        .topic("facilities.rooms")
        .severity(Severity.MAJOR)
        .regulation(Regulations.EXAM_MEASURES)
        .applicability(Applicability.EXAM_SITES)
        .build();
    this.means = means;
    this.has = has;
  }

  @Override
  public final CheckDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final void inspect(Institution institution, CheckContext context) {
    for (Room r : context.index().rooms(RoomKind.COMPUTER_EXAM_ROOM)) {
      if (r.fixed() && !has.test(r)) {
        context.finding(Subject.room(r))
            .arg("roomName", r.name())
            .evidence(means, false)
            .emit();
      }
    }
  }
}
