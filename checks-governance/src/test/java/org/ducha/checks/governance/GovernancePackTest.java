package org.ducha.checks.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ducha.check.Campaigns;
import org.ducha.check.Check;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Finding;
import org.ducha.finding.Group;
import org.ducha.model.Agreement;
import org.ducha.model.DocumentType;
import org.ducha.model.Hazard;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.model.PriorFinding;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GovernancePackTest {

  private static final List<String> IDS = List.of(
      "governance.emergency-plan.hazard-uncovered",
      "governance.emergency-plan.missing",
      "governance.emergency-plan.not-to-guideline",
      "governance.emergency-plan.outdated",
      "governance.fees.unpublished",
      "governance.legal-entity.not-independent",
      "governance.logistics-agreement.expired",
      "governance.prior-findings.unrectified",
      "governance.problem-list.missing",
      "governance.rectification-plan.missing",
      "governance.rectification-plan.perfunctory",
      "governance.rules.missing",
      "governance.rules.not-formally-issued",
      "governance.self-inspection-report.missing",
      "governance.service-agreement.expired",
      "governance.training-exam.not-separated");

  private static final Set<String> CAMPAIGN_DUTIES = Set.of(
      RectificationPlanMissing.ID, RectificationPlanPerfunctory.ID, ProblemListMissing.ID, SelfInspectionReportMissing.ID);

  private final GovernancePack pack = new GovernancePack();

  @Test
  void the_pack_holds_exactly_its_checks_sorted_by_id() {
    assertThat(pack.checks()).extracting(c -> c.descriptor().id()).containsExactlyElementsOf(IDS);
    assertThat(pack.checks()).allSatisfy(c -> {
      assertThat(c.descriptor().group()).isEqualTo(Group.GOVERNANCE);
      assertThat(c.descriptor().packPrefix()).isEqualTo(GovernancePack.ID);
      assertThat(c.descriptor().regulations()).isNotEmpty();
    });
  }

  @Test
  void campaign_duties_run_only_during_the_campaign() {
    for (Check c : pack.checks()) {
      CheckDescriptor d = c.descriptor();
      if (CAMPAIGN_DUTIES.contains(d.id())) {
        assertThat(d.campaign()).as(d.id()).contains(Campaigns.ZOUGUOCHANG_2021);
        assertThat(d.inForce().from()).as(d.id()).contains(Campaigns.ZOUGUOCHANG_2021_START);
        assertThat(d.inForce().until()).as(d.id()).contains(Campaigns.ZOUGUOCHANG_2021_END);
      } else {
        assertThat(d.campaign()).as(d.id()).isEmpty();
      }
    }
  }

  @Test
  void the_clean_institutions_give_no_findings() {
    CheckTester tester = CheckTester.forPack(pack);
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
    assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasNoFindings();
  }

  @Test
  void every_message_key_exists_in_both_languages() {
    MessageCatalog messages = CheckTester.forPack(pack).inspector().messages();
    Map<String, Set<String>> shipped = messages.shippedKeys().get(GovernancePack.ID);
    assertThat(shipped.get("zh_CN")).isNotEmpty().isEqualTo(shipped.get("en"));
    List<String> required = new ArrayList<>();
    for (Check c : pack.checks()) {
      CheckDescriptor d = c.descriptor();
      required.add(d.messageKey());
      required.add(d.titleKey());
      for (Parameter<?> p : d.parameters()) {
        required.add(p.descriptionKey());
      }
    }
    assertThat(shipped.get("zh_CN")).containsAll(required);
  }

  static Stream<Arguments> defects() {
    return Stream.of(
        defect(RectificationPlanMissing.ID, i -> Mutations.withoutDocument(i, DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN)),
        defect(RectificationPlanPerfunctory.ID, i -> Edits.mapDocument(i, "doc-campaign-plan", d -> Edits.withPages(d, 1))),
        defect(ProblemListMissing.ID, i -> Mutations.withoutDocument(i, DocumentType.CAMPAIGN_PROBLEM_LIST)),
        defect(SelfInspectionReportMissing.ID, i -> Mutations.withoutDocument(i, DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT)),
        defect(RulesMissing.ID, i -> Mutations.withoutDocument(i, DocumentType.ARCHIVE_MANAGEMENT_RULES)),
        defect(RulesNotFormallyIssued.ID, i -> Edits.mapDocument(i, "doc-rules-training", d -> Edits.withNumber(d, Optional.empty()))),
        defect(TrainingExamNotSeparated.ID, i -> Mutations.withoutDocument(i, DocumentType.EXAM_SEPARATION_SCHEME)),
        defect(LegalEntityNotIndependent.ID, i -> i.with(b -> b.legalForm(LegalForm.INTERNAL_DEPARTMENT).parentOrganisation("示例能源集团有限公司"))),
        defect(ServiceAgreementExpired.ID, i -> Mutations.mapAgreement(i, Fixtures.AGREEMENT_MEDICAL,
            a -> new Agreement(a.id(), a.type(), a.counterparty(), a.start(), Optional.of(LocalDate.of(2022, 1, 31))))),
        defect(LogisticsAgreementExpired.ID, i -> Mutations.mapAgreement(i, Fixtures.AGREEMENT_LOGISTICS,
            a -> new Agreement(a.id(), a.type(), a.counterparty(), a.start(), Optional.of(LocalDate.of(2022, 1, 31))))),
        defect(FeesUnpublished.ID, i -> Mutations.withoutDocument(i, DocumentType.FEE_SCHEDULE_NOTICE)),
        defect(EmergencyPlanHazardUncovered.ID, i -> Edits.mapDocument(PackContractTest.cleanUnderAq2023(), "doc-emergency",
            d -> d.withHazards(List.of(Hazard.FIRE, Hazard.ELECTRIC_SHOCK)))),
        defect(EmergencyPlanNotToGuideline.ID, i -> Edits.mapDocument(PackContractTest.cleanUnderAq2023(), "doc-emergency",
            d -> d.withStandards(List.of()))),
        defect(EmergencyPlanMissing.ID, i -> Mutations.withoutDocument(i, DocumentType.EMERGENCY_PLAN)),
        defect(EmergencyPlanOutdated.ID, i -> Edits.mapDocument(i, "doc-emergency",
            d -> Edits.withRevisions(Edits.withIssuedOn(d, Optional.of(LocalDate.of(2018, 6, 1))), List.of()))),
        defect(PriorFindingsUnrectified.ID, i -> i.with(b -> {
          b.priorFindings.replaceAll(f -> new PriorFinding(f.id(), f.authority(), f.foundOn(), f.description(), f.deadline(), Optional.empty()));
          return b;
        })));
  }

  /** The check expected to find the defect that {@code change} introduces into the clean institution, and the result. */
  private static Arguments defect(String id, UnaryOperator<Institution> change) {
    return Arguments.of(id, change.apply(Fixtures.cleanInstitution()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defects")
  void each_defect_is_found_by_its_own_check_alone_with_messages_filled(String checkId, Institution inst) {
    CheckTester tester = CheckTester.forPack(pack);
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFindingsExactlyOf(checkId);
    MessageCatalog messages = tester.inspector().messages();
    for (Finding f : report.findings()) {
      for (Locale locale : MessageCatalog.SUPPORTED) {
        String text = messages.message(f, locale);
        assertThat(text).as(f.messageKey() + " in " + locale).doesNotContain("{", "⟦").doesNotEndWith("。").doesNotEndWith(".");
      }
    }
  }

  @Test
  void the_same_records_give_the_same_findings_from_several_threads() throws Exception {
    Institution inst = Mutations.withoutDocument(
        Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.EMERGENCY_PLAN), DocumentType.CAMPAIGN_PROBLEM_LIST)
        .with(b -> b.legalForm(LegalForm.BRANCH));
    var inspector = CheckTester.forPack(pack).inspector();
    List<Finding> expected = inspector.inspect(inst).findings();
    assertThat(expected).hasSize(3);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Finding>>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> inspector.inspect(inst).findings()));
      }
      for (var run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
