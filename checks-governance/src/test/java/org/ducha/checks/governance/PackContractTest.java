package org.ducha.checks.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.model.Agreement;
import org.ducha.model.DocumentType;
import org.ducha.model.Hazard;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;
import org.ducha.model.PriorFinding;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.ducha.testkit.PackContract;
import org.junit.jupiter.api.Test;

/** The governance pack keeps the pack contract: ids, descriptors, messages, determinism, thread safety, fixtures. */
class PackContractTest {

  private static final Institution CLEAN = Fixtures.cleanInstitution();

  /** The agreement ended on 2022-01-31, before the inspection, and was not renewed. */
  private static Agreement expiredInJanuary(Agreement a) {
    return new Agreement(a.id(), a.type(), a.counterparty(), a.start(), Optional.of(LocalDate.of(2022, 1, 31)));
  }

  /**
   * The clean institution inspected on 2024-07-01, the first day of AQ 8011-2023: its emergency plan covers fire, crowd
   * crush and electric shock and follows GB/T 29639, its service agreements run to 2025.
   */
  static Institution cleanUnderAq2023() {
    Institution i = Edits.mapDocument(CLEAN, Fixtures.DOC_EMERGENCY_PLAN,
        d -> d.withHazards(List.of(Hazard.FIRE, Hazard.CROWD_CRUSH, Hazard.ELECTRIC_SHOCK)).withStandards(List.of("GB/T 29639-2020")));
    return i.with(b -> {
      b.inspectedOn(LocalDate.of(2024, 7, 1));
      b.agreements.replaceAll(a -> new Agreement(a.id(), a.type(), a.counterparty(), a.start(), Optional.of(LocalDate.of(2025, 5, 31))));
      return b;
    });
  }

  @Test
  void the_governance_pack_keeps_the_pack_contract() {
    PackContract.of(new GovernancePack())
        .clean(CLEAN, Fixtures.cleanTrainingOnly(), cleanUnderAq2023())
        .firing(EmergencyPlanMissing.ID, Mutations.withoutDocument(CLEAN, DocumentType.EMERGENCY_PLAN))
        .firing(EmergencyPlanOutdated.ID,
            Edits.mapDocument(CLEAN, Fixtures.DOC_EMERGENCY_PLAN,
                d -> Edits.withRevisions(Edits.withIssuedOn(d, Optional.of(LocalDate.of(2018, 6, 1))), List.of())),
            Edits.mapDocument(CLEAN, Fixtures.DOC_EMERGENCY_PLAN, d -> Edits.withRevisions(Edits.withIssuedOn(d, Optional.empty()), List.of())))
        .firing(LegalEntityNotIndependent.ID,
            CLEAN.with(b -> b.legalForm(LegalForm.INTERNAL_DEPARTMENT).parentOrganisation("示例能源集团有限公司")),
            CLEAN.with(b -> b.legalForm(LegalForm.BRANCH)))
        .firing(PriorFindingsUnrectified.ID, Mutations.mapPriorFinding(CLEAN, Fixtures.PRIOR_FINDING,
            f -> new PriorFinding(f.id(), f.authority(), f.foundOn(), f.description(), f.deadline(), Optional.empty())))
        .firing(ProblemListMissing.ID, Mutations.withoutDocument(CLEAN, DocumentType.CAMPAIGN_PROBLEM_LIST))
        .firing(RectificationPlanMissing.ID, Mutations.withoutDocument(CLEAN, DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN))
        .firing(RectificationPlanPerfunctory.ID, Edits.mapDocument(CLEAN, Fixtures.DOC_CAMPAIGN_PLAN, d -> Edits.withPages(d, 1)))
        .firing(RulesMissing.ID,
            Mutations.withoutDocument(CLEAN, DocumentType.TRAINING_MANAGEMENT_RULES),
            Mutations.withoutDocument(CLEAN, DocumentType.ARCHIVE_MANAGEMENT_RULES),
            Mutations.withoutDocument(CLEAN, DocumentType.EXAM_MANAGEMENT_RULES))
        .firing(RulesNotFormallyIssued.ID, Edits.mapDocument(CLEAN, Fixtures.DOC_TRAINING_RULES, d -> Edits.withNumber(d, Optional.empty())))
        .firing(SelfInspectionReportMissing.ID, Mutations.withoutDocument(CLEAN, DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT))
        .firing(ServiceAgreementExpired.ID,
            Mutations.mapAgreement(CLEAN, Fixtures.AGREEMENT_MEDICAL, PackContractTest::expiredInJanuary))
        .firing(TrainingExamNotSeparated.ID, Mutations.withoutDocument(CLEAN, DocumentType.EXAM_SEPARATION_SCHEME))
        .firing(FeesUnpublished.ID,
            Mutations.withoutDocument(CLEAN, DocumentType.FEE_SCHEDULE_NOTICE),
            Edits.mapDocument(CLEAN, Fixtures.DOC_FEES, d -> Edits.withIssuedOn(d, Optional.of(LocalDate.of(2022, 3, 1)))),
            Edits.mapDocument(CLEAN, Fixtures.DOC_FEES, d -> Edits.withIssuedOn(d, Optional.empty())))
        .firing(EmergencyPlanHazardUncovered.ID,
            Edits.mapDocument(cleanUnderAq2023(), Fixtures.DOC_EMERGENCY_PLAN, d -> d.withHazards(List.of(Hazard.FIRE))))
        .firing(EmergencyPlanNotToGuideline.ID,
            Edits.mapDocument(cleanUnderAq2023(), Fixtures.DOC_EMERGENCY_PLAN, d -> d.withStandards(List.of("AQ/T 9002-2006"))))
        .firing(LogisticsAgreementExpired.ID, Mutations.mapAgreement(CLEAN, Fixtures.AGREEMENT_LOGISTICS, PackContractTest::expiredInJanuary))
        .discoverable()
        .verify();
  }
}
