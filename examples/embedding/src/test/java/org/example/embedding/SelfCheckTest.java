package org.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Severity;
import org.ducha.testkit.DuchaAssertions;
import org.junit.jupiter.api.Test;

/** The host's own test: its sample data passes the self-check, and a defect gives a message that says what is wrong. */
class SelfCheckTest {

  private final SelfCheck selfCheck = new SelfCheck();

  @Test
  void the_sample_centre_has_no_finding_at_major_or_above() {
    InstitutionReport report = selfCheck.run(SampleCentre.centre(), SampleCentre.SELF_CHECK_DAY);
    DuchaAssertions.assertThat(report).hasNoFindingsAtOrAbove(Severity.MAJOR);
  }

  @Test
  void every_check_of_the_two_packs_ran_on_it() {
    InstitutionReport report = selfCheck.run(SampleCentre.centre(), SampleCentre.SELF_CHECK_DAY);
    DuchaAssertions.assertThat(report).hasNoFindings().hasNoErrors();
    assertThat(selfCheck.inspector().packInfos()).extracting(p -> p.id()).containsExactly("archive", "staffing");
    assertThat(report.outcomes()).hasSize(selfCheck.inspector().catalogue().size());
  }

  @Test
  void a_defect_fails_with_a_message_naming_the_check_and_the_subject() {
    Course electricians = SampleCentre.centre().courses().get(0).withEnrollment(SampleCentre.neverAttended("st-1-9", "孙悟"));
    Centre centre = SampleCentre.centre().withCourse(electricians);
    InstitutionReport report = selfCheck.run(centre, SampleCentre.SELF_CHECK_DAY);

    AssertionError e = catchThrowableOfType(AssertionError.class,
        () -> DuchaAssertions.assertThat(report, selfCheck.inspector().messages()).hasNoFindingsAtOrAbove(Severity.MAJOR));

    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains("Expected no findings at or above MAJOR, but found 1:")
        // the check, its severity, the subject's key and label, and the message as an inspector would read it
        .contains("archive.exam.score-without-attendance CRITICAL [class:LV-2025-05] 2025-05-12 低压电工作业初训班")
        .contains("学员培训未签到签退但有考试成绩（1人）")
        .contains("evidence {");
  }
}
