package org.example.shanxi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckResults;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/**
 * The fixture's fee schedule was issued on 2022-01-05; its blended class started on 2022-02-21, its offline class
 * on 2022-03-07.
 */
class FeesUnpublishedTest {

  private final CheckTester tester = CheckTester.forPack(new ShanxiPack()).only(FeesUnpublished.ID);

  /** The clean institution whose fee schedule was issued on {@code issuedOn} (none: undated). */
  private static Institution feesIssuedOn(LocalDate issuedOn) {
    return Mutations.mapDocument(Fixtures.cleanInstitution(), Fixtures.DOC_FEES, d -> new Document(d.id(), d.type(), d.title(),
        d.number(), Optional.ofNullable(issuedOn), d.pages(), d.sealed(), d.revisedOn()));
  }

  @Test
  void silent_when_the_fees_were_published_before_every_class() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_once_for_the_institution_without_a_fee_schedule() {
    CheckResults results = tester.execute(Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.FEE_SCHEDULE_NOTICE));
    assertThat(results).allOf(r -> r.hasFinding(FeesUnpublished.ID)
        .times(1)
        .forSubject(SubjectKind.DOCUMENT, "FEE_SCHEDULE_NOTICE")
        .forSubjectId(Fixtures.INSTITUTION_ID)
        .withSeverity(Severity.MINOR)
        .withMessageKey(FeesUnpublished.ID)
        .withEvidence("documentType", "FEE_SCHEDULE_NOTICE"));
    assertThat(results.messages(MessageCatalog.ZH_CN)).containsExactly("未向学员公示培训收费标准");
  }

  @Test
  void fires_for_each_class_that_started_before_the_fees_were_published() {
    // published on 2022-03-01: after the blended class started, before the offline class did
    CheckResults results = tester.execute(feesIssuedOn(LocalDate.of(2022, 3, 1)));
    assertThat(results).hasFinding(FeesUnpublished.ID)
        .times(1)
        .forSubject(SubjectKind.CLASS, Fixtures.CLASS_BLENDED)
        .withMessageKey(FeesUnpublished.LATE)
        .withArgument("publishedOn", LocalDate.of(2022, 3, 1))
        .withArgument("dueBy", LocalDate.of(2022, 2, 21));
    assertThat(results.messages(MessageCatalog.ZH_CN)).containsExactly(
        "井下电气作业复训班（2022年2月21日开班）开班前未公示收费标准：收费标准2022年3月1日公示，应不晚于2022年2月21日");
    assertThat(results.messages(MessageCatalog.EN)).containsExactly(
        "井下电气作业复训班 (first day 21 February 2022): fees not published before the class began; "
            + "the fee schedule was published on 1 March 2022, due by 21 February 2022");
  }

  @Test
  void publishing_on_the_first_day_is_in_time_by_default() {
    assertThat(tester.inspect(feesIssuedOn(LocalDate.of(2022, 2, 21)))).hasNoFindings();
    assertThat(tester.inspect(feesIssuedOn(LocalDate.of(2022, 2, 22)))).hasFinding(FeesUnpublished.ID).times(1);
  }

  @Test
  void the_days_required_before_the_first_day_are_a_parameter() {
    // 2022-01-05 is 47 days before the blended class and 61 days before the offline class
    assertThat(tester.parameter(FeesUnpublished.ID, "minDaysBeforeStart", 47).inspect(Fixtures.cleanInstitution())).hasNoFindings();
    assertThat(tester.parameter(FeesUnpublished.ID, "minDaysBeforeStart", 48).inspect(Fixtures.cleanInstitution()))
        .hasFinding(FeesUnpublished.ID).times(1).forSubjectId(Fixtures.CLASS_BLENDED).withEvidence("minDaysBeforeStart", 48);
  }

  @Test
  void an_undated_fee_schedule_cannot_show_when_it_was_published() {
    assertThat(tester.inspect(feesIssuedOn(null))).hasFinding(FeesUnpublished.ID)
        .times(1)
        .forSubject(SubjectKind.DOCUMENT, Fixtures.DOC_FEES)
        .withMessageKey(FeesUnpublished.UNDATED)
        .withArgument("title", "培训收费标准公示");
  }
}
