package org.ducha.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.junit.jupiter.api.Test;

class PackContractTest {

  private static final Institution CLEAN = Fixtures.cleanInstitution();
  private static final Institution NO_FEES = Mutations.withoutDocument(CLEAN, DocumentType.FEE_SCHEDULE_NOTICE);

  private static PackContract sampleContract() {
    return PackContract.of(new SamplePack())
        .clean(CLEAN, Fixtures.cleanTrainingOnly())
        .firing(SamplePack.FEES, NO_FEES)
        .firing(SamplePack.CLASS_SIZE, Mutations.enrol(CLEAN, Fixtures.CLASS_OFFLINE, 1));
  }

  @Test
  void a_well_made_pack_keeps_the_contract() {
    assertThat(sampleContract().discoverable().violations()).isEmpty();
    assertThatCode(() -> sampleContract().verify()).doesNotThrowAnyException();
  }

  @Test
  void a_broken_pack_fails_with_every_violation_listed_at_once() {
    PackContract contract = PackContract.of(new BrokenPacks.Broken())
        .clean(CLEAN)
        .firing(BrokenPacks.DUPLICATE, NO_FEES)
        .firing(BrokenPacks.MESSAGE_MISSING, NO_FEES)
        .firing(BrokenPacks.FLAKY, NO_FEES)
        .firing(BrokenPacks.NEVER, NO_FEES);
    assertThatThrownBy(contract::verify)
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Pack broken (org.ducha.testkit.BrokenPacks$Broken) breaks the pack contract in ")
        // the duplicate id, naming both classes
        .hasMessageContaining("[ids] check id 'broken.dup.twice' is declared by both org.ducha.testkit.BrokenPacks$DuplicateOne"
            + " and org.ducha.testkit.BrokenPacks$DuplicateTwo")
        // the missing message
        .hasMessageContaining("[messages] broken.message.missing: its title (key broken.message.missing.title) has no en text")
        .hasMessageContaining("[messages] key broken.message.missing.title is in the zh-CN bundle but not in the en bundle")
        // the nondeterministic check
        .hasMessageContaining("[determinism] broken.flaky.counter gave different results when the same records were inspected twice")
        .hasMessageContaining("it keeps state between runs")
        // the check that never fires
        .hasMessageContaining("[firing] broken.never.fires did not fire on firing fixture 1 of broken.never.fires: it ran and found nothing");
  }

  @Test
  void each_violation_is_tagged_and_numbered() {
    List<String> violations = PackContract.of(new BrokenPacks.Broken()).clean(CLEAN)
        .firing(BrokenPacks.FLAKY, NO_FEES).firing(BrokenPacks.NEVER, NO_FEES).violations();
    assertThat(violations).allMatch(v -> v.matches("(?s)\\[[a-z]+] .+"));
    assertThat(violations).anyMatch(v -> v.startsWith("[firing] " + BrokenPacks.MESSAGE_MISSING + " has no firing fixture"));
    assertThatThrownBy(() -> PackContract.of(new BrokenPacks.Broken()).verify())
        .hasMessageContaining("\n  1. [").hasMessageContaining("\n  2. [");
  }

  @Test
  void a_check_without_a_firing_fixture_is_reported() {
    assertThat(PackContract.of(new BrokenPacks.OnlyNever()).clean(CLEAN).violations())
        .containsExactly("[firing] broken.never.fires has no firing fixture: add .firing(\"broken.never.fires\", institution)"
            + " with records on which it finds a problem");
  }

  @Test
  void a_firing_fixture_for_an_unknown_check_is_reported() {
    assertThat(sampleContract().firing("sample.no.such-check", NO_FEES).violations())
        .containsExactly("[firing] .firing(\"sample.no.such-check\", …) names no check of the pack; its checks are "
            + "[sample.class.too-large, sample.fees.unpublished]");
  }

  @Test
  void a_check_whose_result_depends_on_the_thread_is_caught_by_the_threads_item() {
    List<String> violations = PackContract.of(new BrokenPacks.OnlyThreadBound()).clean(CLEAN)
        .firing("broken.thread.bound", NO_FEES).threads(4).runsPerThread(2).violations();
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0))
        .startsWith("[threads] broken.thread.bound gave other results from 4 threads × 2 runs than from one thread, in 8 of 16 inspections,"
            + " on firing fixture 1 of broken.thread.bound:")
        .contains("only on the one thread: broken.thread.bound MAJOR [institution:fixture-centre] 示例市安全技术培训中心 args {run=main}")
        .contains("only on the several threads: broken.thread.bound MAJOR [institution:fixture-centre] 示例市安全技术培训中心 args {run=pack-contract}")
        .contains("checks must be stateless");
  }

  @Test
  void a_nondeterministic_check_is_named_once_with_every_fixture_it_changed_on() {
    List<String> violations = PackContract.of(new BrokenPacks.OnlyFlaky()).clean(CLEAN)
        .firing(BrokenPacks.FLAKY, NO_FEES, Mutations.inspectedOn(NO_FEES, Fixtures.INSPECTION_DATE.plusDays(1))).violations();
    assertThat(violations).hasSize(1);
    assertThat(violations.get(0))
        .startsWith("[determinism] broken.flaky.counter gave different results when the same records were inspected twice, on "
            + "firing fixture 1 of broken.flaky.counter and 1 other fixture(s):")
        .contains("only on the first run: broken.flaky.counter MAJOR [institution:fixture-centre] 示例市安全技术培训中心 args {run=1}")
        .contains("only on the second run: broken.flaky.counter MAJOR [institution:fixture-centre] 示例市安全技术培训中心 args {run=2}")
        .contains("it keeps state between runs");
  }

  @Test
  void a_check_that_fires_on_clean_records_or_throws_is_reported() {
    List<String> violations = PackContract.of(new BrokenPacks.NoisyAndThrowing()).clean(CLEAN)
        .firing("broken.noisy.always", NO_FEES).firing("broken.throwing.always", NO_FEES).violations();
    assertThat(violations).contains(
        "[clean] broken.noisy.always fired on clean fixture 1 (fixture-centre), which must give no findings: 1 finding(s), the first: "
            + "broken.noisy.always MAJOR [institution:fixture-centre] 示例市安全技术培训中心: 总是触发");
    assertThat(violations).anyMatch(v -> v.startsWith("[errors] broken.throwing.always threw on clean fixture 1 (fixture-centre): "
        + "java.lang.IllegalStateException: the records of fixture-centre surprised me (at org.ducha.testkit.BrokenPacks$Throwing.inspect("));
  }

  @Test
  void a_check_that_never_runs_on_the_clean_fixtures_has_shown_nothing() {
    // the only clean fixture has no exam site, so the exam-site check never runs on it
    assertThat(PackContract.of(new BrokenPacks.OnlyExamSite()).clean(Fixtures.cleanTrainingOnly())
        .firing("broken.exam-site.only", NO_FEES).violations())
        .containsExactly("[clean] broken.exam-site.only did not run on any clean fixture (applicability.exam-sites), so its silence"
            + " on clean records was not shown: add a clean fixture it applies to");
    assertThat(PackContract.of(new BrokenPacks.OnlyExamSite()).clean(Fixtures.cleanTrainingOnly(), CLEAN)
        .firing("broken.exam-site.only", NO_FEES).violations()).isEmpty();
  }

  @Test
  void an_invalid_fixture_is_reported_with_its_problems() {
    Institution invalid = CLEAN.with(b -> b.headId("nobody"));
    assertThat(sampleContract().clean(invalid).violations()).singleElement().asString()
        .startsWith("[fixtures] clean fixture 3 (fixture-centre) is not valid, so no check ran on it; its records have 1 problem(s):")
        .contains("headId = 'nobody': refers to no staff member with this id");
  }

  @Test
  void a_pack_that_claims_a_reserved_id_and_lacks_a_version_messages_and_stable_checks_is_reported() {
    List<String> violations = PackContract.of(new BrokenPacks.Impostor()).violations();
    assertThat(violations).contains(
        "[pack] the pack id 'archive' of org.ducha.testkit.BrokenPacks$Impostor is reserved for Ducha's own packs; choose another"
            + " (e.g. your province or organisation)",
        "[pack] pack org.ducha.testkit.BrokenPacks$Impostor: version() is blank: give the pack a version, e.g. 1.0.0",
        "[pack] pack org.ducha.testkit.BrokenPacks$Impostor: checks() returns other instances on each call: return the same ones"
            + " (keep them in a constant)");
    assertThat(violations).anyMatch(v -> v.startsWith("[messages] pack archive ships no zh-CN messages: expected the UTF-8 file "
        + "org/ducha/testkit/testpacks/none_zh_CN.properties beside its classes"));
    assertThat(violations).anyMatch(v -> v.startsWith("[loading] the Inspector refuses the pack, so its checks could not be run: "
        + "the pack id 'archive' of org.ducha.testkit.BrokenPacks$Impostor"));
  }

  @Test
  void a_pack_that_service_loader_does_not_find_fails_the_registration_item() {
    assertThat(PackContract.of(new BrokenPacks.OnlyNever()).clean(CLEAN).firing(BrokenPacks.NEVER, CLEAN).discoverable().violations())
        .anyMatch(v -> v.startsWith("[registration] ServiceLoader does not find org.ducha.testkit.BrokenPacks$OnlyNever: list it in "
            + "META-INF/services/org.ducha.check.CheckPack"));
  }
}
