package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.check.Campaigns;
import org.ducha.finding.Finding;
import org.ducha.model.ExamSite;
import org.ducha.model.Institution;
import org.ducha.model.TestFixtures;
import org.junit.jupiter.api.Test;

/** A check that does not apply is not run and says why: out of scope, campaign off, or not in force. */
class ApplicabilityTest {

  private static final Profile CAMPAIGN_ON = Profile.builder("campaign").campaign(Campaigns.ZOUGUOCHANG_2021).build();

  private static Inspector inspector(Profile profile) {
    return Inspector.builder().discoverPacks(false).addPacks(new DemoPack()).profile(profile).build();
  }

  private static CheckOutcome outcome(Inspector inspector, Institution inst, String checkId) {
    return inspector.inspect(inst).outcome(checkId).orElseThrow();
  }

  private static Institution withExamSite() {
    return TestFixtures.institution().with(b -> b.examSite(new ExamSite("考试点", Optional.empty(), Optional.empty(), List.of())));
  }

  private static Institution headlessOn(LocalDate date) {
    return TestFixtures.institution().with(b -> b.headId(null).inspectedOn(date));
  }

  @Test
  void an_exam_site_check_does_not_apply_to_an_institution_without_an_exam_site() {
    CheckOutcome o = outcome(inspector(Profile.defaults()), TestFixtures.institution(), DemoPack.EXAM_SITE_NO_ROOM);

    assertThat(o.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(o.detail()).contains("applicability.exam-sites");
    assertThat(o.findings()).isZero();
  }

  @Test
  void an_exam_site_check_runs_on_an_exam_site() {
    InstitutionReport r = inspector(Profile.defaults()).inspect(withExamSite());

    assertThat(r.outcome(DemoPack.EXAM_SITE_NO_ROOM)).map(CheckOutcome::status).contains(OutcomeStatus.FAIL);
    assertThat(r.findings()).extracting(Finding::checkId).contains(DemoPack.EXAM_SITE_NO_ROOM);
  }

  @Test
  void a_campaign_check_does_not_apply_when_the_profile_does_not_enable_the_campaign() {
    CheckOutcome o = outcome(inspector(Profile.defaults()), TestFixtures.institution(), DemoPack.CAMPAIGN_NO_SELF_INSPECTION);

    assertThat(o.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(o.detail()).contains("campaign " + Campaigns.ZOUGUOCHANG_2021 + " is not enabled");
  }

  @Test
  void a_campaign_check_runs_when_the_profile_enables_the_campaign() {
    CheckOutcome o = outcome(inspector(CAMPAIGN_ON), TestFixtures.institution(), DemoPack.CAMPAIGN_NO_SELF_INSPECTION);

    assertThat(o.status()).isEqualTo(OutcomeStatus.FAIL);
    assertThat(o.findings()).isEqualTo(1);
  }

  @Test
  void a_check_does_not_apply_on_an_inspection_date_outside_the_period_it_is_in_force() {
    Inspector inspector = inspector(Profile.defaults());

    CheckOutcome after = outcome(inspector, headlessOn(DemoPack.NEW_RULEBOOK), DemoPack.RETIRED_RULE_NO_HEAD);
    CheckOutcome before = outcome(inspector, headlessOn(LocalDate.of(2017, 2, 28)), DemoPack.RETIRED_RULE_NO_HEAD);

    assertThat(after.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(after.detail()).contains("not in force on 2024-07-01");
    assertThat(before.status()).isEqualTo(OutcomeStatus.NOT_APPLICABLE);
    assertThat(before.detail()).contains("not in force on 2017-02-28");
  }

  @Test
  void a_check_applies_on_the_first_and_last_days_it_is_in_force() {
    Inspector inspector = inspector(Profile.defaults());

    assertThat(outcome(inspector, headlessOn(LocalDate.of(2017, 3, 1)), DemoPack.RETIRED_RULE_NO_HEAD).status())
        .isEqualTo(OutcomeStatus.FAIL);
    assertThat(outcome(inspector, headlessOn(LocalDate.of(2024, 6, 30)), DemoPack.RETIRED_RULE_NO_HEAD).status())
        .isEqualTo(OutcomeStatus.FAIL);
  }

  @Test
  void a_disabled_check_has_no_outcome_at_all() {
    InstitutionReport r = inspector(Profile.builder("quiet").disable(DemoPack.ROOMS_NONE).build())
        .inspect(TestFixtures.institution().with(b -> {
          b.rooms.clear();
          return b;
        }));

    assertThat(r.outcome(DemoPack.ROOMS_NONE)).isEmpty();
    assertThat(r.findings()).isEmpty();
    assertThat(r.outcomes()).hasSize(5);
  }
}
