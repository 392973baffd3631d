package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.fixed;
import static org.ducha.checks.facilities.FacilityRecords.mapRoom;
import static org.ducha.checks.facilities.FacilityRecords.seats;
import static org.ducha.checks.facilities.FacilityRecords.surveillance;
import static org.ducha.checks.facilities.FacilityRecords.withoutRoom;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.Room;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ExamRoomInadequateTest {

  private static final String ID = ExamRoomInadequate.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  private static Institution examRoom(UnaryOperator<Room> change) {
    return mapRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_EXAM, change);
  }

  @Test
  void silent_on_the_clean_institution() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void not_applicable_without_an_exam_site() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasOutcome(ID, OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void no_computer_exam_room_fires_for_the_exam_site() {
    InstitutionReport report = tester.inspect(withoutRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_EXAM));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.EXAM_SITE, Subject.EXAM_SITE_ID)
        .withEvidence("notFixedExamRooms", List.of());
    assertThat(zh(tester, report)).containsExactly("考试点无固定的计算机考试机房");
  }

  @Test
  void a_computer_exam_room_that_is_not_fixed_does_not_count() {
    DuchaAssertions.assertThat(tester.inspect(examRoom(r -> fixed(r, false)))).hasFinding(ID).times(1)
        .forSubject(SubjectKind.EXAM_SITE, Subject.EXAM_SITE_ID)
        .withEvidence("notFixedExamRooms", List.of("计算机考试机房"));
  }

  @Test
  void thirty_workstations_are_enough() {
    DuchaAssertions.assertThat(tester.inspect(examRoom(r -> seats(r, 30)))).hasNoFindings();
  }

  @Test
  void twenty_nine_workstations_are_too_few() {
    InstitutionReport report = tester.inspect(examRoom(r -> seats(r, 29)));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.EXAM_SITE, Subject.EXAM_SITE_ID)
        .withEvidence("seats", 29)
        .withEvidence("examRooms", List.of(Fixtures.ROOM_EXAM));
    assertThat(zh(tester, report)).containsExactly("考试机房不符合培训考试要求：固定的计算机考试机房共29个考位，少于30个");
  }

  @Test
  void min_seats_is_a_parameter() {
    // the fixture's exam room has 40 workstations
    DuchaAssertions.assertThat(tester.parameter(ID, "minSeats", 40).inspect(Fixtures.cleanInstitution())).hasNoFindings();
    DuchaAssertions.assertThat(tester.parameter(ID, "minSeats", 41).inspect(Fixtures.cleanInstitution()))
        .hasFinding(ID).times(1).withArgument("seats", 40).withArgument("minSeats", 41);
  }

  @Test
  void surveillance_and_identity_checks_are_other_checks() {
    DuchaAssertions.assertThat(tester.inspect(examRoom(r -> surveillance(r, false, false)))).hasNoFindings();
    InstitutionReport report = CheckTester.forPack(new FacilitiesPack())
        .only(ID, ExamRoomNoVideo.ID, ExamRoomNoIdentityCheck.ID)
        .inspect(examRoom(r -> seats(surveillance(r, false, false), 10)));
    DuchaAssertions.assertThat(report).hasFindingsExactlyOf(ID, ExamRoomNoVideo.ID, ExamRoomNoIdentityCheck.ID);
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1).forSubject(SubjectKind.EXAM_SITE, Subject.EXAM_SITE_ID);
    DuchaAssertions.assertThat(report).hasFinding(ExamRoomNoVideo.ID).times(1).forSubject(SubjectKind.ROOM, Fixtures.ROOM_EXAM);
    DuchaAssertions.assertThat(report).hasFinding(ExamRoomNoIdentityCheck.ID).times(1).forSubject(SubjectKind.ROOM, Fixtures.ROOM_EXAM);
  }
}
