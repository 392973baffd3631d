package org.ducha.checks.facilities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ducha.check.InstitutionIndex;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;

/**
 * The theory classrooms recorded as fixed (固定、独立的理论教室), which alone count for the classroom checks, with the
 * largest of them and their total area; and the names of those that are not fixed, for evidence.
 *
 * @param fixed the fixed theory classrooms, in record order
 * @param notFixed names of the theory classrooms not recorded as fixed
 */
record FixedClassrooms(List<Room> fixed, List<String> notFixed) {

  /** The institution's theory classrooms, split into fixed and not. */
  static FixedClassrooms of(InstitutionIndex index) {
    List<Room> fixed = new ArrayList<>();
    List<String> notFixed = new ArrayList<>();
    for (Room r : index.rooms(RoomKind.THEORY_CLASSROOM)) {
      if (r.fixed()) {
        fixed.add(r);
      } else {
        notFixed.add(r.name());
      }
    }
    return new FixedClassrooms(List.copyOf(fixed), List.copyOf(notFixed));
  }

  /** The fixed classroom with the most seats (the first of equals); empty when there is none. */
  Optional<Room> largest() {
    Room largest = null;
    for (Room r : fixed) {
      if (largest == null || r.seats() > largest.seats()) {
        largest = r;
      }
    }
    return Optional.ofNullable(largest);
  }

  /** The area of all fixed classrooms together, in m². */
  BigDecimal totalArea() {
    BigDecimal total = BigDecimal.ZERO;
    for (Room r : fixed) {
      total = total.add(r.areaSquareMetres());
    }
    return total;
  }
}
