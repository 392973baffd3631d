package org.ducha.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ducha.benchmarks.ThreeChecks.Flag;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.model.Institution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' smoke mode, for CI: small data, one pass. A benchmark that compares unequal work is void, so the
 * three implementations of the representative checks must flag the same trainees and people on the same data.
 */
class SmokeTest {

  static List<Institution> data;
  static DroolsChecks drools;

  @BeforeAll
  static void generate() {
    // Every defect, at rates high enough for each check to fire often, in institutions of several shapes.
    Generator g = Generator.builder().seed(2024).scale(new Scale(24, 6, 12, 8))
        .allRates(0.02)
        .rate(Defect.SCORE_WITHOUT_ATTENDANCE, 0.05)
        .rate(Defect.HOURS_SHORT, 0.05)
        .rate(Defect.TRAINING_EXAM_STAFF, 0.5)
        .build();
    data = new ArrayList<>(g.institutions().toList());
    data.addAll(Generator.builder().seed(9).scale(new Scale(4, 3, 5, 1)).allRates(0.1).build().institutions().toList());
    data.addAll(Generator.builder().seed(10).scale(new Scale(4, 2, 6, 3)).allRates(0.3).build().institutions().toList());
    drools = new DroolsChecks();
  }

  @Test
  void the_three_implementations_flag_the_same_trainees_and_people() {
    Inspector engine = ThreeChecks.engine(1);
    TreeSet<Flag> byEngine = new TreeSet<>();
    TreeSet<Flag> byHand = new TreeSet<>();
    TreeSet<Flag> byRules = new TreeSet<>();
    for (Institution inst : data) {
      List<Flag> e = ThreeChecks.flags(engine.inspect(inst));
      assertThat(e).as("the engine flags each once").doesNotHaveDuplicates();
      byEngine.addAll(e);
      byHand.addAll(HandWritten.inspect(inst));
      byRules.addAll(drools.inspect(inst));
    }
    Set<String> fired = byEngine.stream().map(Flag::checkId).collect(Collectors.toSet());
    assertThat(fired).as("each check flags something: the comparison is not vacuous").isEqualTo(ThreeChecks.IDS);
    assertThat(byHand).as("hand-written loop vs engine").containsExactlyElementsOf(byEngine);
    assertThat(byRules).as("Drools vs engine").containsExactlyElementsOf(byEngine);
  }

  @Test
  void the_engine_runs_only_the_three_checks() {
    InstitutionReport r = ThreeChecks.engine(1).inspect(data.get(0));
    assertThat(r.outcomes()).extracting(o -> o.checkId()).containsExactlyInAnyOrderElementsOf(ThreeChecks.IDS);
  }
}
