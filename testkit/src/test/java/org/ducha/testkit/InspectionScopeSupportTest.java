package org.ducha.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ducha.model.Institution;
import org.junit.jupiter.api.Test;

/** The test kit's support for inspection-scope checks: several institutions inspected together. */
class InspectionScopeSupportTest {

  private static Institution here(int serial) {
    return Mutations.staffIdentity(Fixtures.cleanInstitution(), Fixtures.TEACHER_1, Fixtures.identityNumber(serial));
  }

  private static Institution there(int serial) {
    return Mutations.asInstitution(here(serial), "other-centre", "另一培训中心");
  }

  @Test
  void the_tester_inspects_several_institutions_in_one_run() {
    CheckTester tester = CheckTester.forPack(new ScopeSamplePack()).only(ScopeSamplePack.ELSEWHERE);
    Map<String, CheckResults> together = tester.executeTogether(here(1), there(1));
    assertThat(together.keySet()).containsExactly(Fixtures.INSTITUTION_ID, "other-centre");
    assertThat(together.values()).allSatisfy(r -> assertThat(r.findings(ScopeSamplePack.ELSEWHERE)).hasSize(1));
    assertThat(together.get("other-centre").messages(java.util.Locale.ENGLISH))
        .containsExactly("Staff member 140502********0019 is also on the files of another institution");
    assertThat(tester.execute(here(1)).findings()).isEmpty();
    assertThat(tester.executeTogether(here(1), there(2)).values()).allSatisfy(r -> assertThat(r.findings()).isEmpty());
  }

  @Test
  void the_contract_wants_a_firing_set_for_every_inspection_scope_check_and_checks_it() {
    assertThat(PackContract.of(new ScopeSamplePack()).firingTogether(ScopeSamplePack.ELSEWHERE, here(1), there(1)).violations())
        .containsExactly("[firing] " + ScopeSamplePack.NEVER + " has no firing fixture: add .firingTogether(\"" + ScopeSamplePack.NEVER
            + "\", institutions…) with institutions on which, inspected together, it finds a problem");
    assertThat(PackContract.of(new ScopeSamplePack())
        .firingTogether(ScopeSamplePack.ELSEWHERE, here(1), there(1))
        .firingTogether(ScopeSamplePack.NEVER, here(1), there(1)).violations())
        .containsExactly("[firing] " + ScopeSamplePack.NEVER + " did not fire on firing set 1 of " + ScopeSamplePack.NEVER + " inspected together");
  }

  @Test
  void the_contract_checks_clean_sets_together() {
    java.util.List<String> violations = PackContract.of(new ScopeSamplePack())
        .firingTogether(ScopeSamplePack.ELSEWHERE, here(1), there(1))
        .firingTogether(ScopeSamplePack.NEVER, here(1), there(1))
        .cleanTogether(here(3), there(3)).violations();
    assertThat(violations).anySatisfy(v -> assertThat(v).startsWith("[clean] " + ScopeSamplePack.ELSEWHERE + " fired on clean set 1 inspected together"));
  }
}
