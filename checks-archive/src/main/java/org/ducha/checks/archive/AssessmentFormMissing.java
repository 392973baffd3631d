package org.ducha.checks.archive;

import java.util.HashSet;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.model.Trainee;

/**
 * 无学员考核情况表: a class that ended before the inspection has no trainee assessment form, and its archive
 * does not hold an archive card (学员考核档案卡) for every trainee either — the cards, one per trainee, record
 * the same assessment and are accepted instead.
 */
public final class AssessmentFormMissing implements Check {

  static final String ID = "archive.assessment-form.missing";

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
    for (ClassArchive archive : ClassArchive.all(context)) {
      if (!archive.closed() || !archive.index().documents(ClassDocumentType.ASSESSMENT_FORM).isEmpty()) {
        continue;
      }
      Set<String> carded = new HashSet<>();
      for (ClassDocument card : archive.index().documents(ClassDocumentType.ARCHIVE_CARD)) {
        card.traineeId().ifPresent(carded::add);
      }
      int withoutCard = 0;
      for (Trainee t : archive.trainingClass().trainees()) {
        if (!carded.contains(t.id())) {
          withoutCard++;
        }
      }
      if (withoutCard > 0) {
        archive.finding()
            .evidence("trainees", archive.trainingClass().trainees().size())
            .evidence("traineesWithoutArchiveCard", withoutCard)
            .emit();
      }
    }
  }
}
