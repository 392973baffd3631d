package org.ducha.checks.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.model.Agreement;
import org.ducha.model.DocumentType;
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

  @Test
  void the_governance_pack_keeps_the_pack_contract() {
    PackContract.of(new GovernancePack())
        .clean(CLEAN, Fixtures.cleanTrainingOnly())
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
            Mutations.mapAgreement(CLEAN, Fixtures.AGREEMENT_MEDICAL, PackContractTest::expiredInJanuary),
            Mutations.mapAgreement(CLEAN, Fixtures.AGREEMENT_LOGISTICS, PackContractTest::expiredInJanuary))
        .firing(TrainingExamNotSeparated.ID, Mutations.withoutDocument(CLEAN, DocumentType.EXAM_SEPARATION_SCHEME))
        .discoverable()
        .verify();
  }
}
