package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.area;
import static org.ducha.checks.facilities.FacilityRecords.findings;
import static org.ducha.checks.facilities.FacilityRecords.fixed;
import static org.ducha.checks.facilities.FacilityRecords.inspectedOn;
import static org.ducha.checks.facilities.FacilityRecords.mapRoom;
import static org.ducha.checks.facilities.FacilityRecords.seats;
import static org.ducha.checks.facilities.FacilityRecords.withoutRoom;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.Room;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class ClassroomAreaPerSeatTest {

  private static final String ID = ClassroomAreaPerSeat.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  private static Institution classroom(UnaryOperator<Room> change) {
    return mapRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_CLASSROOM, change);
  }

  @Test
  void silent_on_the_clean_institution() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void area_of_exactly_one_and_a_half_square_metres_per_seat_is_enough() {
    // 96 m² for 64 seats = 1.5 m² per seat
    DuchaAssertions.assertThat(tester.inspect(classroom(r -> area(r, "96")))).hasNoFindings();
  }

  @Test
  void area_below_one_and_a_half_square_metres_per_seat_fires_for_the_room() {
    InstitutionReport report = tester.inspect(classroom(r -> area(r, "95.9")));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.ROOM, Fixtures.ROOM_CLASSROOM)
        .withEvidence("areaPerSeat", new BigDecimal("1.49"))
        .withEvidence("seats", 64);
    assertThat(zh(tester, report)).containsExactly("第一理论教室面积95.9平方米、64座，人均1.49平方米，少于1.5平方米");
  }

  @Test
  void min_area_per_seat_is_a_parameter() {
    // 120 m² for 64 seats = 1.875 m² per seat
    DuchaAssertions.assertThat(tester.parameter(ID, "minAreaPerSeat", "1.875").inspect(Fixtures.cleanInstitution())).hasNoFindings();
    DuchaAssertions.assertThat(tester.parameter(ID, "minAreaPerSeat", "1.876").inspect(Fixtures.cleanInstitution()))
        .hasFinding(ID).times(1).forSubject(SubjectKind.ROOM, Fixtures.ROOM_CLASSROOM);
  }
}
