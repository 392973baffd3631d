package org.ducha.checks.facilities;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.Parameter;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;
import org.ducha.model.TrainingClass;

/**
 * 培训教室不满足培训教学要求: the fixed, independent theory classrooms are missing, too small for the
 * trainees a class brings together, or too crowded.
 *
 * <p>Only theory classrooms recorded as fixed count. Findings: the institution, when it has no such
 * classroom, or when its largest seats fewer than {@code minSeats} or their total area is below
 * {@code minTotalArea} (0 before 2024-07-01, 90 m² under AQ 8011-2023); each classroom offering less than
 * {@code minAreaPerSeat} per seat; each class with offline theory lessons that has more trainees than the
 * largest classroom seats.
 */
public final class ClassroomInadequate implements Check {

  static final String ID = "facilities.classroom.inadequate";

  /** First day of AQ 8011-2023, which adds the minimum total area. */
  static final LocalDate AQ_2023_FROM = LocalDate.of(2024, 7, 1);

  static final Parameter<Integer> MIN_SEATS = Parameter.ofInt(ID, "minSeats", 60, 1, 1000);
  static final Parameter<BigDecimal> MIN_AREA_PER_SEAT = Parameter.ofDecimal(ID, "minAreaPerSeat", "1.5", "0", "10");
  static final Parameter<BigDecimal> MIN_TOTAL_AREA = Parameter.ofDecimal(ID, "minTotalArea", "0", "0", "10000")
      .changingOn(AQ_2023_FROM, new BigDecimal("90"));

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.rooms")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.5"))
      .regulation(Regulations.aq2023("4.2"))
      .parameter(MIN_SEATS)
      .parameter(MIN_AREA_PER_SEAT)
      .parameter(MIN_TOTAL_AREA)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    List<Room> fixed = new ArrayList<>();
    List<String> notFixed = new ArrayList<>();
    for (Room r : context.index().rooms(RoomKind.THEORY_CLASSROOM)) {
      if (r.fixed()) {
        fixed.add(r);
      } else {
        notFixed.add(r.name());
      }
    }
    if (fixed.isEmpty()) {
      context.finding(Subject.institution(institution))
          .messageKey(ID + ".none")
          .evidence("notFixedClassrooms", notFixed)
          .emit();
      return;
    }
    int minSeats = context.parameter(MIN_SEATS);
    BigDecimal minAreaPerSeat = context.parameter(MIN_AREA_PER_SEAT);
    BigDecimal minTotalArea = context.parameter(MIN_TOTAL_AREA);

    Room largest = fixed.get(0);
    BigDecimal totalArea = BigDecimal.ZERO;
    for (Room r : fixed) {
      if (r.seats() > largest.seats()) {
        largest = r;
      }
      totalArea = totalArea.add(r.areaSquareMetres());
    }
    boolean fewSeats = largest.seats() < minSeats;
    boolean smallArea = totalArea.compareTo(minTotalArea) < 0;
    if (fewSeats || smallArea) {
      FindingBuilder f = context.finding(Subject.institution(institution))
          .arg("roomName", largest.name())
          .arg("largestSeats", largest.seats())
          .arg("minSeats", minSeats)
          .arg("totalArea", totalArea)
          .arg("minTotalArea", minTotalArea)
          .evidence("largestClassroom", largest.id())
          .evidence("largestSeats", largest.seats())
          .evidence("totalArea", totalArea)
          .evidence("classrooms", fixed.size());
      if (fewSeats && smallArea) {
        f.messageKey(ID + ".seats-and-total-area");
      } else if (smallArea) {
        f.messageKey(ID + ".total-area");
      }
      f.emit();
    }

    for (Room r : fixed) {
      if (r.seats() > 0 && r.areaSquareMetres().compareTo(minAreaPerSeat.multiply(BigDecimal.valueOf(r.seats()))) < 0) {
        BigDecimal perSeat = r.areaSquareMetres().divide(BigDecimal.valueOf(r.seats()), 2, RoundingMode.DOWN);
        context.finding(Subject.room(r))
            .messageKey(ID + ".room")
            .arg("roomName", r.name())
            .arg("area", r.areaSquareMetres())
            .arg("seats", r.seats())
            .arg("areaPerSeat", perSeat)
            .arg("minAreaPerSeat", minAreaPerSeat)
            .evidence("area", r.areaSquareMetres())
            .evidence("seats", r.seats())
            .evidence("areaPerSeat", perSeat)
            .emit();
      }
    }

    for (TrainingClass c : institution.classes()) {
      int trainees = c.trainees().size();
      if (trainees > largest.seats() && hasOfflineTheory(c)) {
        context.finding(Subject.trainingClass(c))
            .messageKey(ID + ".class")
            .arg("classDate", c.start())
            .arg("className", c.name())
            .arg("traineeCount", trainees)
            .arg("roomName", largest.name())
            .arg("largestSeats", largest.seats())
            .evidence("traineeCount", trainees)
            .evidence("largestClassroom", largest.id())
            .evidence("largestSeats", largest.seats())
            .emit();
      }
    }
  }

  private static boolean hasOfflineTheory(TrainingClass c) {
    for (Lesson l : c.lessons()) {
      if (l.kind() == LessonKind.THEORY && l.mode() == DeliveryMode.OFFLINE) {
        return true;
      }
    }
    return false;
  }
}
