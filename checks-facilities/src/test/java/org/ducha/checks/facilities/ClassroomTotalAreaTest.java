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

class ClassroomTotalAreaTest {

  private static final String ID = ClassroomTotalArea.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  private static Institution classroom(UnaryOperator<Room> change) {
    return mapRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_CLASSROOM, change);
  }

  @Test
  void silent_on_the_clean_institution() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void total_area_of_90_square_metres_applies_from_july_2024() {
    // 40 seats in 80 m² (2 m² each): enough per seat, too little in total under AQ 8011-2023
    Institution small = classroom(r -> area(seats(r, 40), "80"));
    CheckTester t = tester;
    DuchaAssertions.assertThat(t.inspect(inspectedOn(small, LocalDate.of(2024, 6, 30)))).hasNoFindings();
    InstitutionReport after = t.inspect(inspectedOn(small, LocalDate.of(2024, 7, 1)));
    DuchaAssertions.assertThat(after).hasFinding(ID).times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withArgument("totalArea", new BigDecimal("80"))
        .withArgument("minTotalArea", new BigDecimal("90"));
    assertThat(zh(t, after)).containsExactly("固定理论教室总面积80平方米，少于90平方米");
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
  void too_few_seats_and_too_little_area_are_two_findings_of_two_checks() {
    Institution small = inspectedOn(classroom(r -> area(seats(r, 50), "80")), LocalDate.of(2024, 7, 1));
    InstitutionReport report = CheckTester.forPack(new FacilitiesPack()).only(ID, ClassroomInadequate.ID).inspect(small);
    DuchaAssertions.assertThat(report).hasFindingsExactlyOf(ID, ClassroomInadequate.ID);
    assertThat(findings(report, ID)).extracting(Finding::messageKey).containsExactly(ID);
  }

  @Test
  void without_a_fixed_classroom_only_the_missing_classroom_is_found() {
    Institution none = inspectedOn(classroom(r -> fixed(r, false)), LocalDate.of(2024, 7, 1));
    DuchaAssertions.assertThat(tester.inspect(none)).hasNoFindings();
  }
}
