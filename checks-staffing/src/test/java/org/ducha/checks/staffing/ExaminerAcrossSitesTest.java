package org.ducha.checks.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.staffing.CrossInstitutionScenarios.OTHER;
import static org.ducha.checks.staffing.CrossInstitutionScenarios.examsMoved;
import static org.ducha.checks.staffing.CrossInstitutionScenarios.other;

import java.util.List;
import java.util.Map;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.SubjectKind;
import org.ducha.model.ExamSite;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckResults;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class ExaminerAcrossSitesTest {

  private static final String ID = ExaminerAcrossSites.ID;
  private static final IdentityNumber CHEN = Fixtures.identityNumber(41);
  private static final String SITE = Fixtures.cleanInstitution().examSite().map(ExamSite::name).orElseThrow();
  private final CheckTester tester = CheckTester.forPack(new StaffingPack()).only(ID);

  /** The clean fixture; its examiner s-x1 (陈静, at every exam session of both classes) carries CHEN. */
  private static Institution here() {
    return Mutations.staffIdentity(Fixtures.cleanInstitution(), Fixtures.EXAMINER_1, CHEN);
  }

  /** The other institution's exam site under its own name. */
  private static Institution otherSite(Institution inst) {
    return other(inst).with(b -> b.examSite(new ExamSite("示例县考试点", inst.examSite().get().headId(),
        inst.examSite().get().managingDepartment(), inst.examSite().get().roomIds())));
  }

  @Test
  void fires_at_both_sites_on_one_examiner_examining_at_both_on_the_same_days() {
    Institution here = here();
    List<java.time.LocalDate> days = here.classes().stream().flatMap(c -> c.exams().stream()).map(s -> s.date()).distinct().sorted().toList();
    Map<String, CheckResults> r = tester.executeTogether(here, otherSite(here));
    DuchaAssertions.assertThat(r.get(Fixtures.INSTITUTION_ID).report()).hasFinding(ID).times(1)
        .forSubject(SubjectKind.STAFF, Fixtures.EXAMINER_1)
        .withArgument("identityNumber", "140502********0414")
        .withArgument("otherSites", List.of("示例县考试点"))
        .withArgument("dates", days)
        .withArgument("count", days.size());
    DuchaAssertions.assertThat(r.get(OTHER).report()).hasFinding(ID).times(1).withArgument("otherSites", List.of(SITE));
  }

  @Test
  void silent_when_the_other_site_examines_a_day_later() {
    assertThat(tester.executeTogether(here(), examsMoved(otherSite(here()), 1)).values())
        .allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
  }

  @Test
  void signing_a_score_sheet_counts_as_examining() {
    // There, s-x1 is no longer assigned but still signs the score sheets.
    Institution there = otherSite(here());
    for (var c : there.classes()) {
      for (var s : c.exams()) {
        there = Mutations.mapExamSession(there, c.id(), s.id(), x -> new org.ducha.model.ExamSession(x.id(), x.kind(), x.date(),
            x.examinerIds().stream().filter(e -> !e.equals(Fixtures.EXAMINER_1)).toList(), x.scores(), x.scoreSheetSignedBy(), x.equipmentIds()));
      }
    }
    assertThat(tester.executeTogether(here(), there).get(OTHER).findings(ID)).hasSize(1);
  }

  @Test
  void one_site_is_never_compared_with_itself_and_institutions_without_a_site_do_not_take_part() {
    Institution twoRecords = Mutations.staffIdentity(here(), Fixtures.EXAMINER_2, CHEN);
    DuchaAssertions.assertThat(tester.inspect(twoRecords)).hasNoFindings();
    Map<String, CheckResults> r = tester.executeTogether(here(), Mutations.withoutExamSite(otherSite(here())));
    assertThat(r.values()).allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
    DuchaAssertions.assertThat(r.get(OTHER).report()).hasOutcome(ID, OutcomeStatus.NOT_APPLICABLE);
  }
  /** There, only the first exam day is kept; every later session moves 100 days on. */
  private static Institution onlyFirstDayShared(Institution there, java.time.LocalDate first) {
    Institution out = there;
    for (var c : there.classes()) {
      for (var s : c.exams()) {
        if (!s.date().equals(first)) {
          out = Mutations.mapExamSession(out, c.id(), s.id(), x -> new org.ducha.model.ExamSession(x.id(), x.kind(),
              x.date().plusDays(100), x.examinerIds(), x.scores(), x.scoreSheetSignedBy(), x.equipmentIds()));
        }
      }
    }
    return out;
  }

  @Test
  void only_the_shared_day_counts_whichever_side_runs_out_of_days_first_and_in_either_order() {
    Institution here = here();
    List<java.time.LocalDate> days = here.classes().stream().flatMap(c -> c.exams().stream()).map(s -> s.date()).distinct().sorted().toList();
    assertThat(days).as("the fixture examines on several days").hasSizeGreaterThan(1);
    java.time.LocalDate first = days.get(0);
    Institution there = onlyFirstDayShared(otherSite(here), first);
    for (List<Institution> order : List.of(List.of(here, there), List.of(there, here))) {
      Map<String, CheckResults> r = tester.executeTogether(order.toArray(Institution[]::new));
      DuchaAssertions.assertThat(r.get(Fixtures.INSTITUTION_ID).report()).hasFinding(ID).times(1)
          .withArgument("dates", List.of(first))
          .withArgument("count", 1)
          .withEvidence("clashes", List.of(first + " / 示例县考试点 (" + CrossInstitutionScenarios.OTHER_NAME + ", " + Fixtures.EXAMINER_1 + ")"));
      DuchaAssertions.assertThat(r.get(OTHER).report()).hasFinding(ID).times(1)
          .withArgument("dates", List.of(first))
          .withEvidence("clashes", List.of(first + " / " + SITE + " (" + CrossInstitutionScenarios.HERE_NAME + ", " + Fixtures.EXAMINER_1 + ")"));
    }
  }
}
