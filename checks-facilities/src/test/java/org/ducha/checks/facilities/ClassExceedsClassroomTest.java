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

class ClassExceedsClassroomTest {

  private static final String ID = ClassExceedsClassroom.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  private static Institution classroom(UnaryOperator<Room> change) {
    return mapRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_CLASSROOM, change);
  }

  @Test
  void silent_on_the_clean_institution() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void a_class_with_more_trainees_than_the_largest_classroom_seats_fires_for_the_class() {
    CheckTester t = tester;
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
    CheckTester t = tester;
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
