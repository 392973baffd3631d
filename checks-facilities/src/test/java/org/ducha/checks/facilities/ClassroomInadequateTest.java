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

  @Test
  void total_area_of_90_square_metres_applies_from_july_2024() {
    // 40 seats in 80 m² (2 m² each); 40 seats accepted by profile, so only the total area can fail
    Institution small = classroom(r -> area(seats(r, 40), "80"));
    CheckTester t = tester.parameter(ID, "minSeats", 40);
    DuchaAssertions.assertThat(t.inspect(inspectedOn(small, LocalDate.of(2024, 6, 30)))).hasNoFindings();
    InstitutionReport after = t.inspect(inspectedOn(small, LocalDate.of(2024, 7, 1)));
    DuchaAssertions.assertThat(after).hasFinding(ID).times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withArgument("totalArea", new BigDecimal("80"))
        .withArgument("minTotalArea", new BigDecimal("90"));
    assertThat(zh(t, after)).containsExactly("理论教室不满足培训教学要求：总面积80平方米，少于90平方米");
  }

  @Test
  void total_area_of_exactly_90_square_metres_is_enough() {
    Institution ninety = classroom(r -> area(seats(r, 60), "90"));
    DuchaAssertions.assertThat(tester.inspect(inspectedOn(ninety, LocalDate.of(2024, 7, 1)))).hasNoFindings();
  }

  @Test
  void min_total_area_is_a_parameter() {
    DuchaAssertions.assertThat(tester.parameter(ID, "minTotalArea", "120").inspect(Fixtures.cleanInstitution())).hasNoFindings();
    DuchaAssertions.assertThat(tester.parameter(ID, "minTotalArea", "121").inspect(Fixtures.cleanInstitution()))
        .hasFinding(ID).times(1).withArgument("totalArea", new BigDecimal("120"));
  }

  @Test
  void too_few_seats_and_too_little_area_make_one_finding() {
    Institution small = inspectedOn(classroom(r -> area(seats(r, 50), "80")), LocalDate.of(2024, 7, 1));
    InstitutionReport report = tester.inspect(small);
    List<Finding> found = findings(report, ID);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).messageKey()).isEqualTo(ID + ".seats-and-total-area");
    assertThat(zh(tester, report)).containsExactly(
        "理论教室不满足培训教学要求：最大的理论教室（第一理论教室）仅50座，少于60座，总面积80平方米，少于90平方米");
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
  void a_class_with_more_trainees_than_the_largest_classroom_seats_fires_for_the_class() {
    CheckTester t = tester.parameter(ID, "minSeats", 1);
    // the offline class has 5 trainees
    DuchaAssertions.assertThat(t.inspect(classroom(r -> seats(r, 5)))).hasNoFindings();
    InstitutionReport report = t.inspect(classroom(r -> seats(r, 4)));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.CLASS, Fixtures.CLASS_OFFLINE)
        .withEvidence("traineeCount", 5)
        .withEvidence("largestSeats", 4);
    assertThat(zh(t, report)).containsExactly("2022年3月7日低压电工初训班学员5人，超过最大的理论教室（第一理论教室）的4座");
  }

  @Test
  void a_class_whose_theory_is_all_online_needs_no_classroom_seats() {
    CheckTester t = tester.parameter(ID, "minSeats", 1);
    // the blended class (3 trainees) has one offline theory lesson, m4
    Institution two = classroom(r -> seats(r, 2));
    DuchaAssertions.assertThat(t.inspect(two)).hasFinding(ID).times(2).forSubjectId(Fixtures.CLASS_BLENDED);
    Institution allOnline = Mutations.mapClass(two, Fixtures.CLASS_BLENDED, c -> c.with(b -> {
      b.lessons.replaceAll(l -> l.id().equals("m4") ? new Lesson(l.id(), l.date(), l.start(), l.end(), l.course(),
          l.teacherId(), l.hours(), l.kind(), DeliveryMode.ONLINE) : l);
      return b;
    }));
    DuchaAssertions.assertThat(t.inspect(allOnline)).hasFinding(ID).times(1).forSubjectId(Fixtures.CLASS_OFFLINE);
  }
}
