package org.ducha.checks.facilities;

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
 * 考试机房无视频监控: a fixed computer exam room of the exam site has no video surveillance, so the exam cannot be
 * watched remotely without blind spots. One finding per room. Split from {@link ExamRoomInadequate}.
 */
public final class ExamRoomNoVideo implements Check {

  static final String ID = "facilities.exam-room.no-video";

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
    for (Room r : context.index().rooms(RoomKind.COMPUTER_EXAM_ROOM)) {
      if (r.fixed() && !r.videoSurveillance()) {
        context.finding(Subject.room(r))
            .arg("roomName", r.name())
            .evidence("videoSurveillance", false)
            .emit();
      }
    }
  }
}
