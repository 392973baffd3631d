package org.ducha.checks.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckResults;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/**
 * The fixture's fee schedule was issued on 2022-01-05; its blended class started on 2022-02-21, its offline class on
 * 2022-03-07; the inspection is on 2022-04-20, so by default classes from 2022-01-20 on are compared.
 */
class FeesUnpublishedTest {

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(FeesUnpublished.ID);

  /** The clean institution whose fee schedule was issued on {@code issuedOn} (null: undated). */
  private static Institution feesIssuedOn(LocalDate issuedOn) {
    return Edits.mapDocument(Fixtures.cleanInstitution(), Fixtures.DOC_FEES, d -> Edits.withIssuedOn(d, Optional.ofNullable(issuedOn)));
  }

  @Test
  void silent_when_the_fees_were_published_before_every_recent_class() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_once_for_the_institution_without_a_fee_schedule() {
    CheckResults results = tester.execute(Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.FEE_SCHEDULE_NOTICE));
    assertThat(results).allOf(r -> r.hasFinding(FeesUnpublished.ID)
        .times(1)
        .forSubject(SubjectKind.DOCUMENT, "FEE_SCHEDULE_NOTICE")
        .forSubjectId(Fixtures.INSTITUTION_ID)
        .withSeverity(Severity.MAJOR)
        .withMessageKey(FeesUnpublished.ID)
        .withEvidence("documentType", "FEE_SCHEDULE_NOTICE"));
    assertThat(results.messages(MessageCatalog.ZH_CN)).containsExactly("未向学员公示培训收费标准");
    assertThat(results.messages(MessageCatalog.EN)).containsExactly("The training fee schedule was not published to trainees");
  }

  @Test
  void fires_for_each_recent_class_that_began_before_the_fees_were_published() {
    // published on 2022-03-01: after the blended class began, before the offline class did
    CheckResults results = tester.execute(feesIssuedOn(LocalDate.of(2022, 3, 1)));
    assertThat(results).hasFinding(FeesUnpublished.ID)
        .times(1)
        .forSubject(SubjectKind.CLASS, Fixtures.CLASS_BLENDED)
        .withMessageKey(FeesUnpublished.LATE)
        .withArgument("publishedOn", LocalDate.of(2022, 3, 1))
        .withEvidence("withinMonths", 3);
    assertThat(results.messages(MessageCatalog.ZH_CN)).containsExactly("2022年2月21日井下电气作业复训班开班时收费标准尚未公示（2022年3月1日公示）");
    assertThat(results.messages(MessageCatalog.EN)).containsExactly(
        "The 井下电气作业复训班 class of 21 February 2022 began before the fee schedule was published on 1 March 2022");
  }

  @Test
  void publishing_on_the_first_day_is_in_time() {
    assertThat(tester.inspect(feesIssuedOn(LocalDate.of(2022, 2, 21)))).hasNoFindings();
    assertThat(tester.inspect(feesIssuedOn(LocalDate.of(2022, 2, 22)))).hasFinding(FeesUnpublished.ID).times(1)
        .forSubjectId(Fixtures.CLASS_BLENDED);
  }

  @Test
  void only_classes_of_the_last_months_are_compared() {
    // withinMonths 2: from 2022-02-21 (inspection 2022-04-21) the blended class is in, from 2022-02-22 (2022-04-22) it is not
    CheckTester twoMonths = tester.parameter(FeesUnpublished.ID, "withinMonths", 2);
    Institution late = feesIssuedOn(LocalDate.of(2022, 3, 1));
    assertThat(twoMonths.inspect(late.with(b -> b.inspectedOn(LocalDate.of(2022, 4, 21))))).hasFinding(FeesUnpublished.ID).times(1)
        .forSubjectId(Fixtures.CLASS_BLENDED).withEvidence("withinMonths", 2);
    assertThat(twoMonths.inspect(late.with(b -> b.inspectedOn(LocalDate.of(2022, 4, 22))))).hasNoFindings();
    assertThat(tester.parameter(FeesUnpublished.ID, "withinMonths", 0).inspect(late)).hasNoFindings();
  }

  @Test
  void an_undated_fee_schedule_cannot_show_when_it_was_published() {
    assertThat(tester.inspect(feesIssuedOn(null))).hasFinding(FeesUnpublished.ID)
        .times(1)
        .forSubject(SubjectKind.DOCUMENT, Fixtures.DOC_FEES)
        .withMessageKey(FeesUnpublished.UNDATED)
        .withArgument("title", "培训收费标准公示");
  }

  @Test
  void a_schedule_dated_after_the_inspection_shows_no_publication_by_then() {
    assertThat(tester.inspect(feesIssuedOn(Fixtures.INSPECTION_DATE.plusDays(1)))).hasFinding(FeesUnpublished.ID)
        .times(1)
        .withMessageKey(FeesUnpublished.UNDATED);
    assertThat(tester.inspect(feesIssuedOn(Fixtures.INSPECTION_DATE))).hasFinding(FeesUnpublished.ID)
        .times(2)
        .withMessageKey(FeesUnpublished.LATE);
  }
}
