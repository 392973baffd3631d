package org.ducha.checks.governance;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.PriorFinding;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class PriorFindingsUnrectifiedTest {

  private static final String PRIOR = "pf-1";
  private static final LocalDate FOUND = LocalDate.of(2021, 11, 10);
  private static final LocalDate DEADLINE = LocalDate.of(2022, 1, 31);

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(PriorFindingsUnrectified.ID);

  private static Institution prior(LocalDate deadline, LocalDate rectifiedOn) {
    return Fixtures.cleanInstitution().with(b -> {
      b.priorFindings.replaceAll(f -> new PriorFinding(f.id(), f.authority(), f.foundOn(), f.description(), deadline,
          Optional.ofNullable(rectifiedOn)));
      return b;
    });
  }

  @Test
  void silent_when_rectified_before_the_deadline() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_an_overdue_unrectified_finding() {
    assertThat(tester.inspect(prior(DEADLINE, null))).hasFinding(PriorFindingsUnrectified.ID)
        .times(1)
        .forSubject(SubjectKind.PRIOR_FINDING, PRIOR)
        .withSeverity(Severity.MAJOR)
        .withArgument("authority", "省应急管理厅")
        .withArgument("foundOn", FOUND)
        .withArgument("description", "实操实训记录不完整")
        .withEvidence("deadline", DEADLINE);
  }

  @Test
  void a_deadline_on_the_inspection_day_is_not_yet_past() {
    assertThat(tester.inspect(prior(Fixtures.INSPECTION_DATE, null))).hasNoFindings();
    assertThat(tester.inspect(prior(Fixtures.INSPECTION_DATE.minusDays(1), null))).hasFinding(PriorFindingsUnrectified.ID)
        .withEvidence("deadline", Fixtures.INSPECTION_DATE.minusDays(1));
  }

  @Test
  void a_rectification_accepted_after_the_inspection_does_not_count() {
    LocalDate later = Fixtures.INSPECTION_DATE.plusDays(1);
    assertThat(tester.inspect(prior(DEADLINE, later))).hasFinding(PriorFindingsUnrectified.ID)
        .withEvidence("rectifiedOn", later);
    assertThat(tester.inspect(prior(DEADLINE, Fixtures.INSPECTION_DATE))).hasNoFindings();
  }

  @Test
  void a_late_but_completed_rectification_is_no_finding() {
    assertThat(tester.inspect(prior(DEADLINE, DEADLINE.plusDays(30)))).hasNoFindings();
  }
}
