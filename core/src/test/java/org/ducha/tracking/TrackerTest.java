package org.ducha.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ducha.tracking.Inspections.ATTENDANCE;
import static org.ducha.tracking.Inspections.EQUIPMENT;
import static org.ducha.tracking.Inspections.RULES;
import static org.ducha.tracking.Inspections.classSubject;
import static org.ducha.tracking.Inspections.finding;
import static org.ducha.tracking.Inspections.institutionSubject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.engine.InspectionReport;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrackerTest {

  static final LocalDate APRIL = LocalDate.of(2022, 4, 24);
  static final LocalDate SEPTEMBER = LocalDate.of(2022, 9, 20);
  static final LocalDate MARCH = LocalDate.of(2023, 3, 15);

  static final Finding UNSIGNED = finding(ATTENDANCE, "a", classSubject("c1"), Severity.MAJOR, "学员未签到");
  static final Finding NO_RULES = finding(RULES, "a", institutionSubject("a"), Severity.MAJOR, "未以正式文件印发");
  static final Finding OLD_EQUIPMENT = finding(EQUIPMENT, "a", Subject.of(SubjectKind.EQUIPMENT, "e1", "模拟器"), Severity.MINOR, "设备陈旧");

  private static TrackedFinding state(TrackedReport r, Finding f) {
    return r.tracking().find(f.fingerprint()).orElseThrow(() -> new AssertionError("not tracked: " + f.checkId()));
  }

  @Nested
  class Across_inspections {

    @Test
    void three_successive_inspections_accumulate_first_seen_and_count() {
      InspectionReport first = Inspections.on().institution("a", APRIL, UNSIGNED, NO_RULES).report();
      InspectionReport second = Inspections.on().institution("a", SEPTEMBER, UNSIGNED, OLD_EQUIPMENT).report();
      InspectionReport third = Inspections.on().institution("a", MARCH, UNSIGNED, OLD_EQUIPMENT).report();

      TrackedReport two = Tracker.plain().track(Baseline.of(first), second);
      assertThat(state(two, UNSIGNED)).extracting(TrackedFinding::state, TrackedFinding::firstSeen, TrackedFinding::inspections)
          .containsExactly(TrackingState.PERSISTING, APRIL, 2);
      assertThat(state(two, OLD_EQUIPMENT)).extracting(TrackedFinding::state, TrackedFinding::firstSeen, TrackedFinding::inspections)
          .containsExactly(TrackingState.NEW, SEPTEMBER, 1);
      assertThat(state(two, NO_RULES)).extracting(TrackedFinding::state, TrackedFinding::firstSeen, TrackedFinding::inspections)
          .containsExactly(TrackingState.RESOLVED, APRIL, 1);

      TrackedReport three = Tracker.plain().track(Baseline.of(two), third);
      assertThat(state(three, UNSIGNED)).extracting(TrackedFinding::state, TrackedFinding::firstSeen, TrackedFinding::inspections)
          .containsExactly(TrackingState.PERSISTING, APRIL, 3);
      assertThat(state(three, OLD_EQUIPMENT)).extracting(TrackedFinding::state, TrackedFinding::firstSeen, TrackedFinding::inspections)
          .containsExactly(TrackingState.PERSISTING, SEPTEMBER, 2);
      assertThat(three.tracking().find(NO_RULES.fingerprint())).as("resolved findings are not carried on").isEmpty();
    }

    @Test
    void without_the_earlier_tracking_the_run_starts_at_the_baseline() {
      InspectionReport first = Inspections.on().institution("a", APRIL, UNSIGNED).report();
      InspectionReport second = Inspections.on().institution("a", SEPTEMBER, UNSIGNED).report();
      InspectionReport third = Inspections.on().institution("a", MARCH, UNSIGNED).report();
      TrackedReport two = Tracker.plain().track(Baseline.of(first), second);

      assertThat(state(Tracker.plain().track(Baseline.of(two.report()), third), UNSIGNED))
          .extracting(TrackedFinding::firstSeen, TrackedFinding::inspections).containsExactly(SEPTEMBER, 2);
      assertThat(state(Tracker.plain().track(Baseline.of(two), third), UNSIGNED))
          .extracting(TrackedFinding::firstSeen, TrackedFinding::inspections).containsExactly(APRIL, 3);
    }

    @Test
    void a_finding_that_disappears_and_reappears_comes_back_as_new() {
      InspectionReport first = Inspections.on().institution("a", APRIL, UNSIGNED).report();
      InspectionReport second = Inspections.on().institution("a", SEPTEMBER).report();
      InspectionReport third = Inspections.on().institution("a", MARCH, UNSIGNED).report();

      TrackedReport two = Tracker.plain().track(Baseline.of(first), second);
      assertThat(state(two, UNSIGNED).state()).isEqualTo(TrackingState.RESOLVED);

      TrackedReport three = Tracker.plain().track(Baseline.of(two), third);
      assertThat(state(three, UNSIGNED)).extracting(TrackedFinding::state, TrackedFinding::firstSeen, TrackedFinding::inspections)
          .containsExactly(TrackingState.NEW, MARCH, 1);
    }

    @Test
    void a_finding_whose_check_did_not_run_is_not_rechecked_and_carried_on() {
      InspectionReport first = Inspections.on().institution("a", APRIL, UNSIGNED, NO_RULES).report();
      // The attendance check was switched off in September: its finding could not be found again.
      InspectionReport second = Inspections.on().institution("a", SEPTEMBER, List.of(RULES, EQUIPMENT)).report();
      InspectionReport third = Inspections.on().institution("a", MARCH, UNSIGNED).report();

      TrackedReport two = Tracker.plain().track(Baseline.of(first), second);
      assertThat(state(two, UNSIGNED).state()).isEqualTo(TrackingState.NOT_RECHECKED);
      assertThat(state(two, NO_RULES).state()).isEqualTo(TrackingState.RESOLVED);

      TrackedReport three = Tracker.plain().track(Baseline.of(two), third);
      assertThat(state(three, UNSIGNED)).extracting(TrackedFinding::state, TrackedFinding::firstSeen, TrackedFinding::inspections)
          .containsExactly(TrackingState.PERSISTING, APRIL, 2);
    }

    @Test
    void findings_of_an_institution_not_inspected_or_left_out_are_not_rechecked() {
      Finding atB = finding(ATTENDANCE, "b", classSubject("c9"), Severity.MAJOR, "x");
      InspectionReport first = Inspections.on().institution("a", APRIL, UNSIGNED).institution("b", APRIL, atB).report();
      TrackedReport unreadable = Tracker.plain().track(Baseline.of(first), Inspections.on().notInspected("a").report());

      assertThat(state(unreadable, UNSIGNED).state()).isEqualTo(TrackingState.NOT_RECHECKED);
      assertThat(state(unreadable, atB).state()).isEqualTo(TrackingState.NOT_RECHECKED);
      assertThat(unreadable.tracking().institutions()).extracting(InstitutionTracking::institutionId).containsExactly("a", "b");
      assertThat(unreadable.tracking().summary().total().count(TrackingState.RESOLVED)).isZero();
    }
  }

  @Nested
  class Matching {

    @Test
    void survives_changed_wording_changed_severity_and_reordered_input() {
      Finding atB = finding(RULES, "b", institutionSubject("b"), Severity.MAJOR, "旧措辞");
      InspectionReport first = Inspections.on().institution("a", APRIL, UNSIGNED, NO_RULES).institution("b", APRIL, atB).report();

      Finding unsignedReworded = finding(ATTENDANCE, "a", Subject.of(SubjectKind.CLASS, "c1", "改名后的培训班"), Severity.MINOR, "另一种措辞");
      Finding rulesRaised = finding(RULES, "a", institutionSubject("a"), Severity.CRITICAL, "未以正式文件印发安全培训管理制度");
      Finding atBReworded = finding(RULES, "b", institutionSubject("b"), Severity.INFO, "新措辞");
      InspectionReport second = Inspections.on().institution("b", SEPTEMBER, atBReworded)
          .institution("a", SEPTEMBER, rulesRaised, unsignedReworded).report();

      assertThat(unsignedReworded.fingerprint()).isEqualTo(UNSIGNED.fingerprint());
      assertThat(rulesRaised.fingerprint()).isEqualTo(NO_RULES.fingerprint());
      TrackedReport two = Tracker.plain().track(Baseline.of(first), second);
      assertThat(two.tracking().findings()).extracting(TrackedFinding::state).containsOnly(TrackingState.PERSISTING).hasSize(3);
      assertThat(two.tracking().institutions()).extracting(InstitutionTracking::institutionId).containsExactly("b", "a");
      assertThat(state(two, UNSIGNED).finding().severity()).as("the new inspection's severity is kept").isEqualTo(Severity.MINOR);
    }

    @Test
    void a_changed_subject_id_makes_a_new_finding_and_resolves_the_old_one() {
      InspectionReport first = Inspections.on().institution("a", APRIL, UNSIGNED).report();
      Finding renamed = finding(ATTENDANCE, "a", classSubject("c1-2021"), Severity.MAJOR, "学员未签到");
      TrackedReport two = Tracker.plain().track(Baseline.of(first), Inspections.on().institution("a", SEPTEMBER, renamed).report());

      assertThat(state(two, renamed).state()).isEqualTo(TrackingState.NEW);
      assertThat(state(two, UNSIGNED).state()).isEqualTo(TrackingState.RESOLVED);
    }
  }

  @Nested
  class Rectification_plan {

    private final InspectionReport first = Inspections.on().institution("a", APRIL, UNSIGNED, NO_RULES, OLD_EQUIPMENT).report();
    private final InspectionReport second = Inspections.on().institution("a", SEPTEMBER, UNSIGNED, NO_RULES, OLD_EQUIPMENT).report();

    @Test
    void a_persisting_finding_past_its_deadline_is_overdue_and_raised_one_level() {
      RectificationPlan plan = RectificationPlan.of(List.of(
          PlanEntry.of(FindingRef.to(UNSIGNED), "王建国", LocalDate.of(2022, 7, 31)),
          PlanEntry.of(FindingRef.of(RULES, "a", "institution:a"), "李明", SEPTEMBER),
          PlanEntry.of(FindingRef.to(OLD_EQUIPMENT), "赵强", LocalDate.of(2022, 12, 31))));
      TrackedReport two = Tracker.builder().plan(plan).build().track(Baseline.of(first), second);

      TrackedFinding unsigned = state(two, UNSIGNED);
      assertThat(unsigned.state()).isEqualTo(TrackingState.OVERDUE);
      assertThat(unsigned.finding().severity()).isEqualTo(Severity.CRITICAL);
      assertThat(unsigned.raisedFrom()).contains(Severity.MAJOR);
      assertThat(unsigned.plan().map(PlanEntry::responsible)).contains("王建国");
      assertThat(two.report().findings().filter(f -> f.fingerprint().equals(UNSIGNED.fingerprint())))
          .extracting(Finding::severity).containsExactly(Severity.CRITICAL);
      assertThat(state(two, NO_RULES).state()).as("on the deadline day itself it is not yet overdue").isEqualTo(TrackingState.PERSISTING);
      assertThat(state(two, NO_RULES).plan().map(PlanEntry::responsible)).contains("李明");
      assertThat(state(two, OLD_EQUIPMENT).state()).isEqualTo(TrackingState.PERSISTING);
      assertThat(state(two, OLD_EQUIPMENT).finding().severity()).isEqualTo(Severity.MINOR);
      assertThat(two.tracking().summary().total().count(TrackingState.OVERDUE)).isEqualTo(1);
    }

    @Test
    void the_step_is_configurable_and_capped_at_critical() {
      LocalDate past = LocalDate.of(2022, 6, 30);
      RectificationPlan plan = new RectificationPlan(List.of(
          PlanEntry.of(FindingRef.to(UNSIGNED), "王建国", past),
          PlanEntry.of(FindingRef.to(OLD_EQUIPMENT), "赵强", past)), 2);
      TrackedReport two = Tracker.builder().plan(plan).build().track(Baseline.of(first), second);
      assertThat(state(two, OLD_EQUIPMENT).finding().severity()).isEqualTo(Severity.CRITICAL);
      assertThat(state(two, UNSIGNED).finding().severity()).isEqualTo(Severity.CRITICAL);

      RectificationPlan noRaise = new RectificationPlan(List.of(PlanEntry.of(FindingRef.to(UNSIGNED), "王建国", past)), 0);
      TrackedFinding kept = state(Tracker.builder().plan(noRaise).build().track(Baseline.of(first), second), UNSIGNED);
      assertThat(kept.state()).isEqualTo(TrackingState.OVERDUE);
      assertThat(kept.finding().severity()).isEqualTo(Severity.MAJOR);
      assertThat(kept.raisedFrom()).isEmpty();
      assertThat(Tracker.raise(Severity.CRITICAL, 1)).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void a_resolved_finding_keeps_its_plan_entry_and_an_entry_for_no_earlier_finding_is_reported() {
      PlanEntry stray = PlanEntry.of(FindingRef.of(RULES, "a", "institution:zz"), "无名", SEPTEMBER);
      RectificationPlan plan = RectificationPlan.of(List.of(PlanEntry.of(FindingRef.to(NO_RULES), "李明", SEPTEMBER), stray));
      TrackedReport two = Tracker.builder().plan(plan).build()
          .track(Baseline.of(first), Inspections.on().institution("a", SEPTEMBER, UNSIGNED, OLD_EQUIPMENT).report());

      assertThat(state(two, NO_RULES).state()).isEqualTo(TrackingState.RESOLVED);
      assertThat(state(two, NO_RULES).plan().map(PlanEntry::responsible)).contains("李明");
      assertThat(two.tracking().unmatchedPlanEntries()).containsExactly(stray);
    }

    @Test
    void a_check_wide_entry_covers_every_finding_of_its_check_and_an_exact_entry_takes_precedence() {
      Finding otherClass = finding(ATTENDANCE, "a", classSubject("c2"), Severity.MAJOR, "学员未签到");
      InspectionReport before = Inspections.on().institution("a", APRIL, UNSIGNED, otherClass, NO_RULES).report();
      InspectionReport after = Inspections.on().institution("a", SEPTEMBER, UNSIGNED, otherClass, NO_RULES).report();
      RectificationPlan plan = RectificationPlan.of(List.of(
          PlanEntry.of(FindingRef.everyFinding(ATTENDANCE, "a"), "档案员", LocalDate.of(2022, 7, 31)),
          PlanEntry.of(FindingRef.of(ATTENDANCE, "a", "class:c2"), "班主任", LocalDate.of(2022, 12, 31))));
      TrackedReport two = Tracker.builder().plan(plan).build().track(Baseline.of(before), after);

      assertThat(state(two, UNSIGNED)).extracting(TrackedFinding::state, t -> t.plan().map(PlanEntry::responsible))
          .containsExactly(TrackingState.OVERDUE, Optional.of("档案员"));
      assertThat(state(two, otherClass)).extracting(TrackedFinding::state, t -> t.plan().map(PlanEntry::responsible))
          .containsExactly(TrackingState.PERSISTING, Optional.of("班主任"));
      assertThat(state(two, NO_RULES).plan()).isEmpty();
      assertThat(two.tracking().unmatchedPlanEntries()).isEmpty();
    }

    @Test
    void a_plan_naming_one_finding_twice_is_refused() {
      assertThatThrownBy(() -> RectificationPlan.of(List.of(
          PlanEntry.of(FindingRef.to(UNSIGNED), "甲", SEPTEMBER),
          PlanEntry.of(FindingRef.of(ATTENDANCE, "a", "class:c1"), "乙", SEPTEMBER))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names the same findings twice");
    }
  }

  @Nested
  class Waivers {

    private final InspectionReport first = Inspections.on().institution("a", APRIL, UNSIGNED, NO_RULES).report();
    private final InspectionReport second = Inspections.on().institution("a", SEPTEMBER, UNSIGNED).report();

    private Waiver waiver(Finding f, LocalDate expires) {
      return new Waiver(FindingRef.to(f), "新考试点正在建设中", "市应急管理局教育训练科", LocalDate.of(2022, 5, 20), expires);
    }

    @Test
    void a_waived_finding_stays_in_the_report_and_does_not_count_toward_fail_on() {
      Waiver w = waiver(UNSIGNED, LocalDate.of(2022, 12, 31));
      RectificationPlan plan = RectificationPlan.of(List.of(PlanEntry.of(FindingRef.to(UNSIGNED), "王建国", LocalDate.of(2022, 7, 31))));
      TrackedReport two = Tracker.builder().plan(plan).waivers(List.of(w)).build().track(Baseline.of(first), second);

      TrackedFinding t = state(two, UNSIGNED);
      assertThat(t.state()).as("a waiver takes precedence over a deadline").isEqualTo(TrackingState.WAIVED);
      assertThat(t.waiver()).contains(w);
      assertThat(t.finding().severity()).isEqualTo(Severity.MAJOR);
      assertThat(t.seenBefore()).isTrue();
      assertThat(two.report().findings()).extracting(Finding::fingerprint).contains(UNSIGNED.fingerprint());
      assertThat(two.report().hasFindingAtOrAbove(Severity.MAJOR)).isTrue();
      assertThat(two.hasFindingAtOrAbove(Severity.INFO)).isFalse();
      assertThat(two.tracking().waivers()).extracting(WaiverOutcome::status).containsExactly(WaiverOutcome.Status.APPLIED);
    }

    @Test
    void a_waiver_applies_through_its_expiry_day_and_an_expired_one_stops_applying() {
      TrackedFinding onTheDay = state(Tracker.builder().waivers(List.of(waiver(UNSIGNED, SEPTEMBER))).build().track(Baseline.of(first), second), UNSIGNED);
      assertThat(onTheDay.state()).isEqualTo(TrackingState.WAIVED);

      Waiver expired = waiver(UNSIGNED, LocalDate.of(2022, 8, 31));
      TrackedReport two = Tracker.builder().waivers(List.of(expired)).build().track(Baseline.of(first), second);
      TrackedFinding t = state(two, UNSIGNED);
      assertThat(t.state()).isEqualTo(TrackingState.PERSISTING);
      assertThat(t.waiver()).isEmpty();
      assertThat(t.expiredWaiver()).contains(expired);
      assertThat(two.hasFindingAtOrAbove(Severity.MAJOR)).isTrue();
      assertThat(two.tracking().waivers()).singleElement().satisfies(o -> {
        assertThat(o.status()).isEqualTo(WaiverOutcome.Status.EXPIRED);
        assertThat(o.fingerprints()).containsExactly(UNSIGNED.fingerprint());
      });
    }

    @Test
    void a_waiver_that_matches_nothing_is_reported_unused() {
      Waiver forResolved = waiver(NO_RULES, LocalDate.of(2022, 12, 31));
      Waiver forNothing = new Waiver(FindingRef.of(EQUIPMENT, "a", "equipment:none"), "理由", "某人", LocalDate.of(2022, 5, 20), LocalDate.of(2022, 12, 31));
      TrackedReport two = Tracker.builder().waivers(List.of(forResolved, forNothing)).build().track(Baseline.of(first), second);

      assertThat(two.tracking().waivers(WaiverOutcome.Status.UNUSED)).extracting(WaiverOutcome::waiver).containsExactly(forResolved, forNothing);
      assertThat(state(two, NO_RULES).state()).isEqualTo(TrackingState.RESOLVED);
    }

    @Test
    void a_waiver_beyond_the_maximum_horizon_is_refused() {
      Waiver tooLong = waiver(UNSIGNED, LocalDate.of(2023, 6, 30));
      assertThatThrownBy(() -> Tracker.builder().waivers(List.of(tooLong)).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("more than 365 days after its approval on 2022-05-20")
          .hasMessageContaining("the latest allowed is 2023-05-20");
      assertThat(Tracker.builder().waiverHorizonDays(420).waivers(List.of(tooLong)).build().waivers()).containsExactly(tooLong);
    }

    @Test
    void a_waiver_without_expiry_or_ending_before_its_approval_is_refused() {
      FindingRef ref = FindingRef.to(UNSIGNED);
      LocalDate approved = LocalDate.of(2022, 5, 20);
      assertThatThrownBy(() -> new Waiver(ref, "理由", "某人", approved, null)).hasMessageContaining("needs an expiry date");
      assertThatThrownBy(() -> new Waiver(ref, "理由", "某人", approved, approved.minusDays(1))).hasMessageContaining("before it was approved");
      assertThatThrownBy(() -> new Waiver(ref, " ", "某人", approved, approved)).hasMessageContaining("justification");
    }
  }

  @Nested
  class Finding_references {

    @Test
    void by_fingerprint_or_by_check_institution_and_subject_name_the_same_finding() {
      FindingRef byParts = FindingRef.of(ATTENDANCE, "a", "class:c1");
      assertThat(byParts.exactFingerprint().orElseThrow()).isEqualTo(UNSIGNED.fingerprint());
      assertThat(byParts.matches(UNSIGNED)).isTrue();
      assertThat(new FindingRef(Optional.of(UNSIGNED.fingerprint()), Optional.of(ATTENDANCE), Optional.of("a"), Optional.of("class:c1")).exactFingerprint().orElseThrow())
          .isEqualTo(UNSIGNED.fingerprint());
    }

    @Test
    void partial_malformed_or_disagreeing_references_are_refused() {
      assertThatThrownBy(() -> new FindingRef(Optional.empty(), Optional.of(ATTENDANCE), Optional.empty(), Optional.of("class:c1")))
          .hasMessageContaining("check and institution go together");
      assertThatThrownBy(() -> new FindingRef(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("class:c1")))
          .hasMessageContaining("a subject needs both");
      assertThatThrownBy(() -> new FindingRef(Optional.of(UNSIGNED.fingerprint()), Optional.of(ATTENDANCE), Optional.of("a"), Optional.empty()))
          .hasMessageContaining("a fingerprint names one finding");
      assertThatThrownBy(() -> FindingRef.fingerprint("xyz")).hasMessageContaining("16 hex digits");
      assertThatThrownBy(() -> new FindingRef(Optional.of(NO_RULES.fingerprint()), Optional.of(ATTENDANCE), Optional.of("a"), Optional.of("class:c1")))
          .hasMessageContaining("is not that of check, institution and subject");
      assertThatThrownBy(() -> new FindingRef(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
          .hasMessageContaining("name the finding");
    }
  }

  @Test
  void the_summary_counts_each_finding_once_per_institution() {
    Finding atB = finding(ATTENDANCE, "b", classSubject("c9"), Severity.MAJOR, "x");
    InspectionReport first = Inspections.on().institution("a", APRIL, UNSIGNED, NO_RULES).institution("b", APRIL, atB).report();
    InspectionReport second = Inspections.on().institution("a", SEPTEMBER, UNSIGNED, OLD_EQUIPMENT).institution("b", SEPTEMBER).report();
    TrackingSummary s = Tracker.plain().track(Baseline.of(first), second).tracking().summary();

    assertThat(s.institutions()).extracting(TrackingSummary.Line::institutionId).containsExactly("a", "b");
    assertThat(s.institutions().get(0).count(TrackingState.NEW)).isEqualTo(1);
    assertThat(s.institutions().get(0).count(TrackingState.PERSISTING)).isEqualTo(1);
    assertThat(s.institutions().get(0).count(TrackingState.RESOLVED)).isEqualTo(1);
    assertThat(s.institutions().get(1).count(TrackingState.RESOLVED)).isEqualTo(1);
    assertThat(s.total().count(TrackingState.RESOLVED)).isEqualTo(2);
    assertThat(s.total().count(TrackingState.WAIVED)).isZero();
  }
}
