package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.en;
import static org.ducha.checks.facilities.FacilityRecords.fixed;
import static org.ducha.checks.facilities.FacilityRecords.mapRoom;
import static org.ducha.checks.facilities.FacilityRecords.surveillance;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.Room;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The two exam-room checks: each fires on its own lack only, for fixed rooms of exam sites. */
class ExamRoomLacksTest {

  /**
   * One exam-room check and what sets it off.
   *
   * @param id the check
   * @param lacking the exam room lacking what this check looks for and nothing else
   * @param other the exam room lacking only what the other check looks for
   * @param means the evidence key
   * @param zh the Chinese message
   * @param en the English message
   */
  record Case(String id, UnaryOperator<Room> lacking, UnaryOperator<Room> other, String means, String zh, String en) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(new Case(ExamRoomNoVideo.ID, r -> surveillance(r, false, true), r -> surveillance(r, true, false),
            "videoSurveillance", "计算机考试机房无视频监控", "Computer exam room 计算机考试机房 has no video surveillance")),
        Arguments.of(new Case(ExamRoomNoIdentityCheck.ID, r -> surveillance(r, true, false), r -> surveillance(r, false, true),
            "identityVerification", "计算机考试机房入口未进行身份验证",
            "Computer exam room 计算机考试机房 has no identity verification at its entrance")));
  }

  private static CheckTester tester(Case c) {
    return CheckTester.forPack(new FacilitiesPack()).only(c.id());
  }

  private static Institution examRoom(UnaryOperator<Room> change) {
    return mapRoom(Fixtures.cleanInstitution(), Fixtures.ROOM_EXAM, change);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void silent_on_the_clean_institution_and_on_the_other_lack(Case c) {
    DuchaAssertions.assertThat(tester(c).inspect(Fixtures.cleanInstitution())).hasNoFindings();
    DuchaAssertions.assertThat(tester(c).inspect(examRoom(c.other()))).hasNoFindings();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void fires_for_the_room(Case c) {
    CheckTester tester = tester(c);
    InstitutionReport report = tester.inspect(examRoom(c.lacking()));
    DuchaAssertions.assertThat(report).hasFinding(c.id()).times(1)
        .forSubject(SubjectKind.ROOM, Fixtures.ROOM_EXAM)
        .withEvidence(c.means(), false);
    assertThat(zh(tester, report)).containsExactly(c.zh());
    assertThat(en(tester, report)).containsExactly(c.en());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void a_room_that_is_not_fixed_is_not_judged(Case c) {
    DuchaAssertions.assertThat(tester(c).inspect(examRoom(r -> fixed(c.lacking().apply(r), false)))).hasNoFindings();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void not_applicable_without_an_exam_site(Case c) {
    DuchaAssertions.assertThat(tester(c).inspect(Fixtures.cleanTrainingOnly())).hasOutcome(c.id(), OutcomeStatus.NOT_APPLICABLE);
  }
}
