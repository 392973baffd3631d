package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ClassDocument;
import org.ducha.model.Institution;

/**
 * 学员考核情况表（档案卡）未盖章: an assessment form or a trainee's archive card of a class that ended before the
 * inspection bears no seal of the institution, so the assessment it records is not authenticated. One finding per
 * class. Split from {@code archive.assessment-form.incomplete}, which keeps the unfilled appraisal and opinion.
 */
public final class AssessmentFormUnsealed implements Check {

  static final String ID = "archive.assessment-form.unsealed";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MINOR)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (ClassArchive archive : ClassArchive.all(context)) {
      if (!archive.closed()) {
        continue;
      }
      List<String> unsealed = new ArrayList<>();
      for (ClassDocument form : AssessmentFormIncomplete.forms(archive)) {
        if (!form.sealed()) {
          unsealed.add(AssessmentFormIncomplete.label(archive, form));
        }
      }
      if (!unsealed.isEmpty()) {
        archive.finding().arg("count", unsealed.size()).evidence("unsealed", unsealed).emit();
      }
    }
  }
}
