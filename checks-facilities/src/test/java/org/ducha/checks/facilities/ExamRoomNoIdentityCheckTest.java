package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.en;
import static org.ducha.checks.facilities.FacilityRecords.fixed;
import static org.ducha.checks.facilities.FacilityRecords.mapRoom;
import static org.ducha.checks.facilities.FacilityRecords.surveillance;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import java.util.function.UnaryOperator;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.Room;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ExamRoomNoIdentityCheckTest {

  private static final String ID = ExamRoomNoIdentityCheck.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  private static Institution examRoom(UnaryOperator<Room> change) {
    return mapRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_EXAM, change);
  }

  @Test
  void silent_on_the_clean_institution_and_on_the_other_lack() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
    DuchaAssertions.assertThat(tester.inspect(examRoom(r -> surveillance(r, false, true)))).hasNoFindings();
  }

  @Test
  void fires_for_the_room() {
    InstitutionReport report = tester.inspect(examRoom(r -> surveillance(r, true, false)));
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.ROOM, Fixtures.ROOM_EXAM)
        .withEvidence("identityVerification", false);
    assertThat(zh(tester, report)).containsExactly("计算机考试机房入口未进行身份验证");
    assertThat(en(tester, report)).containsExactly("Computer exam room 计算机考试机房 has no identity verification at its entrance");
  }

  @Test
  void a_room_that_is_not_fixed_is_not_judged() {
    DuchaAssertions.assertThat(tester.inspect(examRoom(r -> fixed(surveillance(r, true, false), false)))).hasNoFindings();
  }

  @Test
  void not_applicable_without_an_exam_site() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasOutcome(ID, OutcomeStatus.NOT_APPLICABLE);
  }
}
