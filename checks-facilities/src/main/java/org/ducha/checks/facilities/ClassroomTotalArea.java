package org.ducha.checks.facilities;

import java.math.BigDecimal;
import java.time.LocalDate;
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
 * 理论教室总面积不足: the fixed theory classrooms together are smaller than {@code minTotalArea} — 90 m² under AQ
 * 8011-2023 §4.2 from 2024-07-01, 0 (nothing checked) before, since AQ/T 8011-2016 fixes no total. One finding for
 * the institution. An institution without any fixed classroom is {@link ClassroomInadequate}'s finding.
 */
public final class ClassroomTotalArea implements Check {

  static final String ID = "facilities.classroom.total-area";

  /** First day of AQ 8011-2023, which adds the minimum total area. */
  static final LocalDate AQ_2023_FROM = LocalDate.of(2024, 7, 1);

  static final Parameter<BigDecimal> MIN_TOTAL_AREA = Parameter.ofDecimal(ID, "minTotalArea", "0", "0", "10000")
      .changingOn(AQ_2023_FROM, new BigDecimal("90"));

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.rooms")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aq2023("4.2"))
      .parameter(MIN_TOTAL_AREA)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    FixedClassrooms classrooms = FixedClassrooms.of(context.index());
    if (classrooms.fixed().isEmpty()) {
      return;
    }
    BigDecimal minTotalArea = context.parameter(MIN_TOTAL_AREA);
    BigDecimal totalArea = classrooms.totalArea();
    if (totalArea.compareTo(minTotalArea) < 0) {
      context.finding(Subject.institution(institution))
          .arg("totalArea", totalArea)
          .arg("minTotalArea", minTotalArea)
          .evidence("totalArea", totalArea)
          .evidence("classrooms", classrooms.fixed().stream().map(Room::id).toList())
          .emit();
    }
  }
}
