package org.ducha.checks.facilities;

import java.util.Optional;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Institution;
import org.ducha.model.Room;

/**
 * 培训教室不满足培训教学要求: the institution has no fixed, independent theory classroom, or its largest seats fewer
 * trainees at once than {@code minSeats}. One finding for the institution.
 *
 * <p>Only theory classrooms recorded as fixed count. The other classroom requirements are checks of their own, so
 * that a host can grade each alone: {@link ClassroomTotalArea}, {@link ClassroomAreaPerSeat},
 * {@link ClassExceedsClassroom}.
 */
public final class ClassroomInadequate implements Check {

  static final String ID = "facilities.classroom.inadequate";

  static final Parameter<Integer> MIN_SEATS = Parameter.ofInt(ID, "minSeats", 60, 1, 1000);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.rooms")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.5"))
      .regulation(Regulations.aq2023("4.2"))
      .parameter(MIN_SEATS)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    FixedClassrooms classrooms = FixedClassrooms.of(context.index());
    Optional<Room> largest = classrooms.largest();
    if (largest.isEmpty()) {
      context.finding(Subject.institution(institution))
          .messageKey(ID + ".none")
          .evidence("notFixedClassrooms", classrooms.notFixed())
          .emit();
      return;
    }
    int minSeats = context.parameter(MIN_SEATS);
    if (largest.get().seats() < minSeats) {
      context.finding(Subject.institution(institution))
          .arg("roomName", largest.get().name())
          .arg("largestSeats", largest.get().seats())
          .arg("minSeats", minSeats)
          .evidence("largestClassroom", largest.get().id())
          .evidence("largestSeats", largest.get().seats())
          .evidence("classrooms", classrooms.fixed().size())
          .emit();
    }
  }
}
