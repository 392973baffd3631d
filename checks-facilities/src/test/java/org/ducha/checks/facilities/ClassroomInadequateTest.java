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
import org.ducha.model.RoomKind;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class ClassroomInadequateTest {

  private static final String ID = ClassroomInadequate.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  private static Institution classroom(UnaryOperator<Room> change) {
    return mapRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_CLASSROOM, change);
  }

  @Test
  void silent_on_the_clean_institution() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void largest_classroom_of_60_seats_is_enough() {
    DuchaAssertions.assertThat(tester.inspect(classroom(r -> seats(r, 60)))).hasNoFindings();
  }

  @Test
  void largest_classroom_of_59_seats_is_too_small() {
    InstitutionReport report = tester.inspect(classroom(r -> seats(r, 59)));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withArgument("largestSeats", 59)
        .withArgument("minSeats", 60)
        .withEvidence("largestClassroom", Fixtures.ROOM_CLASSROOM);
    assertThat(zh(tester, report)).containsExactly("理论教室不满足培训教学要求：最大的理论教室（第一理论教室）仅59座，少于60座");
  }

  @Test
  void min_seats_is_a_parameter() {
    DuchaAssertions.assertThat(tester.parameter(ID, "minSeats", 64).inspect(Fixtures.cleanInstitution())).hasNoFindings();
    DuchaAssertions.assertThat(tester.parameter(ID, "minSeats", 65).inspect(Fixtures.cleanInstitution()))
        .hasFinding(ID).times(1).withArgument("largestSeats", 64).withArgument("minSeats", 65);
  }

  @Test
  void a_classroom_that_is_not_fixed_does_not_count() {
    InstitutionReport report = tester.inspect(classroom(r -> fixed(r, false)));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withEvidence("notFixedClassrooms", List.of("第一理论教室"));
    assertThat(zh(tester, report)).containsExactly("无固定、独立的理论教室");
  }

  @Test
  void no_classroom_at_all_fires() {
    InstitutionReport report = tester.inspect(withoutRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_CLASSROOM));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withEvidence("notFixedClassrooms", List.of());
  }

  @Test
  void the_other_classroom_defects_are_other_checks() {
    Institution crowded = classroom(r -> area(r, "80"));
    DuchaAssertions.assertThat(tester.inspect(inspectedOn(crowded, LocalDate.of(2024, 7, 1)))).hasNoFindings();
    DuchaAssertions.assertThat(tester.parameter(ID, "minSeats", 1).inspect(classroom(r -> seats(r, 4)))).hasNoFindings();
  }

  private static Institution withSecondClassroom(int seats) {
    return Mutations.addRoom(Fixtures.cleanInstitution(), new Room("room-c2", "第二理论教室", RoomKind.THEORY_CLASSROOM,
        new BigDecimal("150"), seats, true, true, false, List.of()));
  }

  @Test
  void the_classroom_with_the_most_seats_counts_wherever_it_is_recorded() {
    // 第一理论教室 has 64 seats and is recorded first.
    DuchaAssertions.assertThat(tester.parameter(ID, "minSeats", 80).inspect(withSecondClassroom(70))).hasFinding(ID).times(1)
        .withArgument("largestSeats", 70)
        .withEvidence("largestClassroom", "room-c2");
    DuchaAssertions.assertThat(tester.parameter(ID, "minSeats", 80).inspect(withSecondClassroom(40))).hasFinding(ID).times(1)
        .withArgument("largestSeats", 64)
        .withEvidence("largestClassroom", Fixtures.ROOM_CLASSROOM);
  }

  @Test
  void of_two_equally_large_classrooms_the_first_recorded_is_named() {
    DuchaAssertions.assertThat(tester.parameter(ID, "minSeats", 80).inspect(withSecondClassroom(64))).hasFinding(ID).times(1)
        .withArgument("largestSeats", 64)
        .withEvidence("largestClassroom", Fixtures.ROOM_CLASSROOM);
  }
}
