package org.ducha.checks.archive;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Agreement;
import org.ducha.model.AgreementType;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.model.TrainingClass;

/**
 * 无委托协议: a class commissioned by an enterprise (委托培训) has neither an entrustment agreement filed in its
 * archive nor an institution-level entrustment agreement ({@link AgreementType#TRAINING_ENTRUSTMENT}) with that
 * enterprise in force on the class's first day. Names are compared without white space and punctuation.
 */
public final class EntrustmentAgreementMissing implements Check {

  static final String ID = "archive.entrustment-agreement.missing";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    Map<String, List<Agreement>> byParty = context.index().agreements(AgreementType.TRAINING_ENTRUSTMENT).stream()
        .collect(Collectors.groupingBy(a -> WrittenNames.key(a.counterparty())));
    for (ClassArchive archive : ClassArchive.all(context)) {
      TrainingClass c = archive.trainingClass();
      if (c.commissionedBy().isEmpty() || c.commissionedBy().get().isBlank() || !archive.started()
          || !archive.index().documents(ClassDocumentType.ENTRUSTMENT_AGREEMENT).isEmpty()) {
        continue;
      }
      String party = c.commissionedBy().get();
      boolean covered = byParty.getOrDefault(WrittenNames.key(party), List.of()).stream().anyMatch(a -> a.coversDate(c.start()));
      if (!covered) {
        archive.finding()
            .arg("commissionedBy", party)
            .evidence("commissionedBy", party)
            .evidence("entrustmentAgreementsWithParty", byParty.getOrDefault(WrittenNames.key(party), List.of()).size())
            .emit();
      }
    }
  }
}
