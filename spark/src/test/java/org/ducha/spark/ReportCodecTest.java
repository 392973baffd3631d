package org.ducha.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ducha.benchmarks.Generator;
import org.ducha.benchmarks.Scale;
import org.ducha.check.Campaigns;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.OutcomeStatus;
import org.ducha.engine.Profile;
import org.ducha.finding.Finding;
import org.junit.jupiter.api.Test;

class ReportCodecTest {

  @Test
  void the_reports_of_every_planted_defect_come_back_equal() {
    Inspector inspector = Inspector.builder().profile(Profile.builder("all").campaign(Campaigns.ZOUGUOCHANG_2021).build()).build();
    Generator g = Generator.builder().seed(3).scale(new Scale(4, 3, 6, 4)).allRates(0.1).build();
    List<InstitutionReport> reports = inspector.inspect(Optional.empty(), g.institutions()).institutions();
    assertThat(reports).flatExtracting(InstitutionReport::findings).hasSizeGreaterThan(20);
    for (InstitutionReport r : reports) {
      assertThat(ReportCodec.report(ReportCodec.report(r))).isEqualTo(r);
      for (Finding f : r.findings()) {
        assertThat(ReportCodec.finding(ReportCodec.finding(f))).isEqualTo(f);
      }
    }
  }

  @Test
  void an_error_outcome_keeps_its_kind_and_detail_and_a_not_inspected_report_its_problems() {
    CheckOutcome error = new CheckOutcome("x.y.z", OutcomeStatus.ERROR, 0, Optional.of("java.lang.IllegalStateException: boom"),
        Optional.of(new IllegalStateException("boom")));
    assertThat(ReportCodec.outcome(ReportCodec.outcome(error))).isEqualTo(error)
        .satisfies(o -> assertThat(o.errorKind()).hasValue(CheckOutcome.ErrorKind.THREW));
    InstitutionReport bad = InstitutionReport.notInspected("a.jsonl:3", "a.jsonl:3", false, Optional.empty(),
        List.of(InputProblem.of("classes[0].lessons[2].hours", "-1", "must be >= 0").at("a.jsonl:3", 1, 40),
            InputProblem.keyed("id", "x", "input.institution.duplicate-id", "x", "a.jsonl:1")));
    assertThat(ReportCodec.report(ReportCodec.report(bad))).isEqualTo(bad);
  }
}
