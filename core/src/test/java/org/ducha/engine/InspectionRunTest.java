package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ducha.check.CheckDescriptor;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.TestFixtures;
import org.junit.jupiter.api.Test;

class InspectionRunTest {

  private static final IdentityNumber ZHOU = IdentityNumber.withCheckDigit("14050219800101011");
  private static final IdentityNumber WANG = IdentityNumber.withCheckDigit("14050219800101022");

  private static Inspector inspector(Profile profile, int parallelism) {
    return Inspector.builder().discoverPacks(false).addPacks(new ScopePack(), new DemoPack()).profile(profile).parallelism(parallelism).build();
  }

  private static Inspector inspector() {
    return inspector(Profile.defaults(), 1);
  }

  /** Institution {@code id} whose teacher carries {@code number}. */
  private static Institution with(String id, IdentityNumber number) {
    return TestFixtures.institution(id).with(b -> b.mapStaff(TestFixtures.TEACHER, s -> s.withIdentityNumber(number)));
  }

  private static Map<String, InstitutionReport> byId(InspectionReport report) {
    return report.institutions().stream().collect(Collectors.toMap(InstitutionReport::institutionId, r -> r));
  }

  private static List<Finding> scope(InstitutionReport r) {
    return r.findings().stream().filter(f -> f.checkId().equals(ScopePack.SHARED_STAFF)).toList();
  }

  @Test
  void a_run_judges_facts_of_several_institutions_and_gives_each_its_findings_and_outcome() {
    InspectionReport report = inspector().inspect(Optional.empty(), Stream.of(with("a", ZHOU), with("b", WANG), with("c", ZHOU)));
    Map<String, InstitutionReport> r = byId(report);
    assertThat(scope(r.get("a"))).singleElement().satisfies(f -> {
      assertThat(f.evidence()).containsEntry("others", List.of("c"));
      assertThat(f.severity()).isEqualTo(Severity.MINOR);
      assertThat(f.arguments().get("identityNumber")).isEqualTo("140502********0110");
    });
    assertThat(scope(r.get("c"))).singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("others", List.of("a")));
    assertThat(scope(r.get("b"))).isEmpty();
    assertThat(r.get("a").outcome(ScopePack.SHARED_STAFF)).map(CheckOutcome::status).contains(OutcomeStatus.FAIL);
    assertThat(r.get("b").outcome(ScopePack.SHARED_STAFF)).map(CheckOutcome::status).contains(OutcomeStatus.PASS);
    // outcomes stay sorted by check id, findings by group then check id
    for (InstitutionReport x : report.institutions()) {
      List<String> ids = x.outcomes().stream().map(CheckOutcome::checkId).toList();
      assertThat(ids).isSorted();
    }
  }

  @Test
  void the_observer_hears_once_per_run_how_long_each_inspection_scope_check_judged_and_how_many_keys() {
    List<String> heard = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    Inspector observed = Inspector.builder().discoverPacks(false).addPacks(new ScopePack(), new DemoPack())
        .checkObserver(new CheckObserver() {
          @Override
          public void ran(String checkId, OutcomeStatus status, long nanos) {}

          @Override
          public void judged(String checkId, long keys, long nanos) {
            assertThat(nanos).isNotNegative();
            heard.add(checkId + ":" + keys);
          }
        }).build();
    observed.inspect(Optional.empty(), Stream.of(with("a", ZHOU), with("b", WANG), with("c", ZHOU)));
    // two identity numbers: two keys
    assertThat(heard).containsExactly(ScopePack.SHARED_STAFF + ":2");
  }

  @Test
  void the_report_does_not_depend_on_order_or_threads() {
    List<Institution> list = List.of(with("a", ZHOU), with("b", WANG), with("c", ZHOU), with("d", WANG), with("e", ZHOU));
    InspectionReport once = inspector().inspect(Optional.empty(), list.stream());
    for (int threads : new int[] {1, 2, 4}) {
      List<Institution> reversed = new java.util.ArrayList<>(list);
      java.util.Collections.reverse(reversed);
      Map<String, InstitutionReport> again = byId(inspector(Profile.defaults(), threads).inspect(Optional.empty(), reversed.stream()));
      for (InstitutionReport r : once.institutions()) {
        assertThat(again.get(r.institutionId())).isEqualTo(r);
      }
    }
  }

  @Test
  void a_single_institution_is_judged_alone() {
    InstitutionReport alone = inspector().inspect(with("a", ZHOU));
    assertThat(scope(alone)).isEmpty();
    assertThat(alone.outcome(ScopePack.SHARED_STAFF)).map(CheckOutcome::status).contains(OutcomeStatus.PASS);
  }

  @Test
  void a_check_that_throws_while_collecting_is_an_error_of_that_institution_only() {
    Map<String, InstitutionReport> r = byId(inspector().inspect(Optional.empty(), Stream.of(with("a", ZHOU), with("boom", ZHOU), with("c", ZHOU))));
    assertThat(r.get("boom").outcome(ScopePack.SHARED_STAFF)).map(CheckOutcome::status).contains(OutcomeStatus.ERROR);
    assertThat(r.get("boom").outcome(ScopePack.SHARED_STAFF).flatMap(CheckOutcome::detail)).get().asString().contains("collect failed on purpose");
    assertThat(scope(r.get("boom"))).isEmpty();
    // its facts were dropped: a and c still see each other, not boom
    assertThat(scope(r.get("a"))).singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("others", List.of("c")));
  }

  @Test
  void a_check_that_throws_while_judging_a_key_is_an_error_of_the_institutions_with_facts_under_it() {
    Institution a = with("a", ScopePack.JUDGE_BOOM).with(b -> b.mapStaff(TestFixtures.HEAD, s -> s.withIdentityNumber(WANG)));
    Map<String, InstitutionReport> r = byId(inspector().inspect(Optional.empty(), Stream.of(a, with("b", ScopePack.JUDGE_BOOM), with("c", WANG))));
    assertThat(r.get("a").outcome(ScopePack.SHARED_STAFF)).map(CheckOutcome::status).contains(OutcomeStatus.ERROR);
    assertThat(r.get("b").outcome(ScopePack.SHARED_STAFF)).map(CheckOutcome::status).contains(OutcomeStatus.ERROR);
    assertThat(scope(r.get("a"))).isEmpty();
    assertThat(r.get("c").outcome(ScopePack.SHARED_STAFF)).map(CheckOutcome::status).contains(OutcomeStatus.FAIL);
  }

  @Test
  void profiles_disable_and_regrade_inspection_scope_checks_and_are_checked_against_their_ids() {
    Inspector off = inspector(Profile.builder("off").disable(ScopePack.SHARED_STAFF).build(), 1);
    InstitutionReport r = off.inspect(Optional.empty(), Stream.of(with("a", ZHOU), with("c", ZHOU))).institutions().get(0);
    assertThat(r.outcome(ScopePack.SHARED_STAFF)).isEmpty();
    assertThat(scope(r)).isEmpty();
    Inspector major = inspector(Profile.builder("major").severity(ScopePack.SHARED_STAFF, Severity.MAJOR).build(), 1);
    assertThat(major.inspect(Optional.empty(), Stream.of(with("a", ZHOU), with("c", ZHOU))).findings()
        .filter(f -> f.checkId().equals(ScopePack.SHARED_STAFF)).map(Finding::severity)).containsOnly(Severity.MAJOR);
    assertThatThrownBy(() -> inspector(Profile.builder("typo").disable("scope.staff.sharde").build(), 1))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("scope.staff.shared");
  }

  @Test
  void the_catalogue_and_the_pack_infos_list_inspection_scope_checks() {
    Inspector i = inspector();
    assertThat(i.catalogue()).extracting(CheckDescriptor::id).contains(ScopePack.SHARED_STAFF).isSorted();
    assertThat(i.inspectionScopeCheckIds()).containsExactly(ScopePack.SHARED_STAFF);
    assertThat(i.packInfos()).filteredOn(p -> p.id().equals(ScopePack.ID)).singleElement()
        .satisfies(p -> assertThat(p.checkIds()).containsExactly(ScopePack.SHARED_STAFF));
    assertThat(i.messages().message(i.inspect(Optional.empty(), Stream.of(with("a", ZHOU), with("c", ZHOU))).findings()
        .filter(f -> f.checkId().equals(ScopePack.SHARED_STAFF)).findFirst().orElseThrow(), MessageCatalog.EN))
        .isEqualTo("Staff member with identity number 140502********0110 is also on the files of another institution.");
  }

  @Test
  void a_run_reports_once() {
    InspectionRun run = inspector().newRun();
    InstitutionReport a = run.inspect(with("a", ZHOU));
    run.report(Optional.empty(), List.of(a));
    assertThatThrownBy(() -> run.report(Optional.empty(), List.of(a))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> run.inspect(with("b", ZHOU))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void invalid_records_are_not_inspected_and_give_no_facts() {
    Institution bad = with("bad", IdentityNumber.valueOf("140502198001010111"));
    Map<String, InstitutionReport> r = byId(inspector().inspect(Optional.empty(), Stream.of(with("a", ZHOU), bad)));
    assertThat(r.get("bad").status()).isEqualTo(InspectionStatus.NOT_INSPECTED);
    assertThat(r.get("bad").problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("staff[1].identityNumber");
      assertThat(p.value()).isEqualTo("140502********0111");
      assertThat(p.toString()).doesNotContain("140502198001010111").contains("wrong check digit");
    });
    assertThat(r.get("a").outcome(ScopePack.SHARED_STAFF)).map(CheckOutcome::status).contains(OutcomeStatus.PASS);
  }
}
