package org.ducha.checks.facilities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.ExamSite;
import org.ducha.model.Institution;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;

/**
 * 考试机房不符合培训考试要求: the exam site has no fixed computer exam room, or too few exam workstations.
 *
 * <p>Only computer exam rooms recorded as fixed count. One finding for the exam site (no room, or fewer
 * workstations in all than {@code minSeats}). A room without video surveillance ({@link ExamRoomNoVideo}) or
 * without identity verification at its entrance ({@link ExamRoomNoIdentityCheck}) is a check of its own.
 */
public final class ExamRoomInadequate implements Check {

  static final String ID = "facilities.exam-room.inadequate";

  static final Parameter<Integer> MIN_SEATS = Parameter.ofInt(ID, "minSeats", 30, 1, 1000);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.rooms")
      .severity(Severity.MAJOR)
      .regulation(Regulations.EXAM_MEASURES)
      .regulation(RegulationRef.projectJudgement(
          "no national minimum number of computer exam workstations was found; the default is the project's own"))
      .parameter(MIN_SEATS)
      .applicability(Applicability.EXAM_SITES)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    Optional<ExamSite> site = institution.examSite();
    if (site.isEmpty()) {
      return;
    }
    List<Room> fixed = new ArrayList<>();
    List<String> notFixed = new ArrayList<>();
    int seats = 0;
    for (Room r : context.index().rooms(RoomKind.COMPUTER_EXAM_ROOM)) {
      if (r.fixed()) {
        fixed.add(r);
        seats += r.seats();
      } else {
        notFixed.add(r.name());
      }
    }
    Subject siteSubject = Subject.examSite(site.get());
    if (fixed.isEmpty()) {
      context.finding(siteSubject)
          .messageKey(ID + ".none")
          .evidence("notFixedExamRooms", notFixed)
          .emit();
      return;
    }
    int minSeats = context.parameter(MIN_SEATS);
    if (seats < minSeats) {
      context.finding(siteSubject)
          .arg("seats", seats)
          .arg("minSeats", minSeats)
          .evidence("seats", seats)
          .evidence("examRooms", fixed.stream().map(Room::id).toList())
          .emit();
    }
  }
}
