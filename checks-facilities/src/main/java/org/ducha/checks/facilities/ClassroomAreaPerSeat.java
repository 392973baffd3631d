package org.ducha.checks.facilities;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * 理论教室人均面积不足: a fixed theory classroom offers less than {@code minAreaPerSeat} per seat (AQ/T 8011-2016
 * §3.1.5, AQ 8011-2023 §4.2: 1.5 m²). One finding per classroom.
 */
public final class ClassroomAreaPerSeat implements Check {

  static final String ID = "facilities.classroom.area-per-seat";

  static final Parameter<BigDecimal> MIN_AREA_PER_SEAT = Parameter.ofDecimal(ID, "minAreaPerSeat", "1.5", "0", "10");

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.rooms")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.5"))
      .regulation(Regulations.aq2023("4.2"))
      .parameter(MIN_AREA_PER_SEAT)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    BigDecimal minAreaPerSeat = context.parameter(MIN_AREA_PER_SEAT);
    for (Room r : FixedClassrooms.of(context.index()).fixed()) {
      if (r.seats() > 0 && r.areaSquareMetres().compareTo(minAreaPerSeat.multiply(BigDecimal.valueOf(r.seats()))) < 0) {
        BigDecimal perSeat = r.areaSquareMetres().divide(BigDecimal.valueOf(r.seats()), 2, RoundingMode.DOWN);
        context.finding(Subject.room(r))
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
  }
}
