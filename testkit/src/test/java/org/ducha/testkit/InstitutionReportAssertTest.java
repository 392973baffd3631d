package org.ducha.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.junit.jupiter.api.Test;

class InstitutionReportAssertTest {

  private static final Institution NO_FEES = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.FEE_SCHEDULE_NOTICE);
  private static final Institution LARGE_CLASS = Mutations.enrol(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, 2);

  private final CheckTester tester = CheckTester.forPack(new SamplePack());

  private static String printed(java.util.function.Consumer<PrintStream> print) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    print.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void chained_assertions_pass_when_everything_matches() {
    assertThatCode(() -> DuchaAssertions.assertThat(tester.execute(LARGE_CLASS))
        .hasFinding(SamplePack.CLASS_SIZE).times(1).forSubject(SubjectKind.CLASS, Fixtures.CLASS_OFFLINE).withSeverity(Severity.MAJOR)
        .withArgument("count", 7).withEvidence("trainees", 7).withMessageKey(SamplePack.CLASS_SIZE)
        .and().hasNoFinding(SamplePack.FEES).hasNoErrors().hasOutcome(SamplePack.FEES, OutcomeStatus.PASS))
        .doesNotThrowAnyException();
  }

  @Test
  void all_of_reports_every_mismatch_at_once_with_what_the_report_holds() {
    CheckResults results = tester.execute(LARGE_CLASS);
    assertThatThrownBy(() -> results.assertThat().allOf(r -> {
      r.hasFinding(SamplePack.CLASS_SIZE).times(2).withArgument("count", 6).forSubjectId(Fixtures.CLASS_OFFLINE);
      r.hasFinding(SamplePack.FEES).times(1).withArgument("never", "checked");
      r.hasNoFindings();
    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("4 expectations were not met:")
        .hasMessageContaining("1. Expected 2 finding(s) of sample.class.too-large, but the 1 finding(s) of sample.class.too-large are:")
        .hasMessageContaining("2. Expected a finding of sample.class.too-large with argument count=6")
        .hasMessageContaining("3. Expected a finding of sample.fees.unpublished, but it ran and found nothing")
        .hasMessageContaining("4. Expected no findings, but found 1:")
        // the rendered message of what was found
        .hasMessageContaining("sample.class.too-large MAJOR [class:c-lv-2022-03] 2022-03-07 低压电工初训班: 低压电工初训班有学员7人，超过5人");
  }

  @Test
  void outside_all_of_the_first_mismatch_fails_at_once() {
    InstitutionReport report = tester.inspect(LARGE_CLASS);
    assertThatThrownBy(() -> DuchaAssertions.assertThat(report).hasFinding(SamplePack.CLASS_SIZE).times(2).withArgument("count", 6))
        .hasMessageContaining("Expected 2 finding(s) of sample.class.too-large")
        .hasMessageNotContaining("argument count=6");
  }

  @Test
  void with_message_key_names_the_wording_used() {
    InstitutionReport report = tester.inspect(NO_FEES);
    DuchaAssertions.assertThat(report).hasFinding(SamplePack.FEES).withMessageKey(SamplePack.FEES + ".none");
    assertThatThrownBy(() -> DuchaAssertions.assertThat(report).hasFinding(SamplePack.FEES).withMessageKey(SamplePack.FEES))
        .hasMessageContaining("Expected a finding of sample.fees.unpublished with message key sample.fees.unpublished, but")
        .hasMessageContaining("(message sample.fees.unpublished.none)");
  }

  @Test
  void has_no_errors_fails_on_a_check_that_threw_naming_it_and_keeping_the_exception() {
    InstitutionReport report = CheckTester.forPack(new BrokenPacks.NoisyAndThrowing()).inspect(Fixtures.cleanInstitution());
    assertThatThrownBy(() -> DuchaAssertions.assertThat(report).hasNoErrors())
        .hasMessageContaining("Expected no check to fail with an error, but 1 check(s) threw:")
        .hasMessageContaining("broken.throwing.always: java.lang.IllegalStateException: the records of fixture-centre surprised me")
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void no_findings_also_means_no_errors() {
    InstitutionReport report = CheckTester.forPack(new BrokenPacks.NoisyAndThrowing()).only("broken.throwing.always")
        .inspect(Fixtures.cleanInstitution());
    assertThat(report.findings()).isEmpty();
    assertThatThrownBy(() -> DuchaAssertions.assertThat(report).hasNoFindings())
        .hasMessageContaining("Expected no findings, but 1 check(s) threw:");
    assertThatThrownBy(() -> DuchaAssertions.assertThat(report).hasNoFindingsAtOrAbove(Severity.CRITICAL))
        .hasMessageContaining("Expected no findings at or above CRITICAL, but 1 check(s) threw:");
    assertThatThrownBy(() -> DuchaAssertions.assertThat(report).hasNoFinding("broken.throwing.always"))
        .hasMessageContaining("Expected no finding of broken.throwing.always, but the check threw: java.lang.IllegalStateException");
  }

  @Test
  void no_findings_at_or_above_names_each_offending_check_and_subject() {
    InstitutionReport report = tester.inspect(Mutations.withoutDocument(LARGE_CLASS, DocumentType.FEE_SCHEDULE_NOTICE));
    DuchaAssertions.assertThat(report).hasNoFindingsAtOrAbove(Severity.CRITICAL);
    assertThatThrownBy(() -> DuchaAssertions.assertThat(report).hasNoFindingsAtOrAbove(Severity.MAJOR))
        .hasMessageContaining("Expected no findings at or above MAJOR, but found 1:")
        .hasMessageContaining("sample.class.too-large MAJOR [class:c-lv-2022-03] 2022-03-07 低压电工初训班");
  }

  @Test
  void findings_exactly_of_lists_what_is_missing_and_what_is_unexpected() {
    assertThatThrownBy(() -> DuchaAssertions.assertThat(tester.inspect(LARGE_CLASS)).hasFindingsExactlyOf(SamplePack.FEES))
        .hasMessageContaining("missing: sample.fees.unpublished (PASS)")
        .hasMessageContaining("unexpected: sample.class.too-large");
  }

  @Test
  void an_invalid_institution_is_reported_with_its_problems() {
    InstitutionReport report = tester.inspect(Fixtures.cleanInstitution().with(b -> b.headId("nobody")));
    assertThatThrownBy(() -> DuchaAssertions.assertThat(report).hasNoFindings())
        .hasMessageContaining("Expected the institution fixture-centre to be inspected, but its records were invalid")
        .hasMessageContaining("headId = 'nobody': refers to no staff member with this id");
  }

  @Test
  void debug_prints_outcomes_and_findings_in_both_languages() {
    CheckResults results = tester.execute(LARGE_CLASS);
    String out = printed(p -> results.assertThat().debug(p));
    assertThat(out)
        .contains("Report of fixture-centre (示例市安全技术培训中心) inspected on 2022-04-20: INSPECTED")
        .contains("  PASS sample.fees.unpublished")
        .contains("  FAIL sample.class.too-large (1 finding(s))")
        .contains("    zh-CN: 低压电工初训班有学员7人，超过5人")
        .contains("    en: 低压电工初训班 has 7 trainees, more than 5")
        .contains("    fingerprint ");
    assertThat(printed(results::debug)).isEqualTo(out);
    assertThat(printed(p -> results.assertThat().hasFinding(SamplePack.CLASS_SIZE).debug(p)))
        .startsWith("1 finding(s) of sample.class.too-large:\n  sample.class.too-large MAJOR");
  }
}
