package org.ducha.checks.staffing;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.RosterType;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ExamStaffRosterMissingTest {

  private static final String ID = ExamStaffRosterMissing.ID;
  private final CheckTester tester = CheckTester.forPack(new StaffingPack()).only(ID);

  @Test
  void silent_on_the_clean_fixture() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings().hasOutcome(ID, OutcomeStatus.PASS);
  }

  @Test
  void not_applicable_without_an_exam_site() {
    assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasOutcome(ID, OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void fires_for_the_exam_site_without_an_exam_staff_roster() {
    Institution inst = StaffingFixtures.withoutRosters(Fixtures.cleanInstitution(), RosterType.EXAM_STAFF);
    assertThat(tester.inspect(inst)).hasFinding(ID)
        .times(1)
        .forSubject(SubjectKind.EXAM_SITE, Subject.EXAM_SITE_ID)
        .withEvidence("emptyRosters", List.of());
  }

  @Test
  void an_empty_exam_staff_roster_counts_as_none() {
    Institution inst = StaffingFixtures.mapRosters(Fixtures.cleanInstitution(), RosterType.EXAM_STAFF, entries -> List.of());
    assertThat(tester.inspect(inst)).hasFinding(ID).times(1).withEvidence("emptyRosters", List.of("roster-exam"));
  }
}
