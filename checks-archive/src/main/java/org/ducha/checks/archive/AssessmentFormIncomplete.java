package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.FormFields;
import org.ducha.model.Institution;

/**
 * 学员考核情况表（档案卡）班主任鉴定和培训单位意见未填写、未盖章: an assessment form or a trainee's archive card
 * of a class that ended before the inspection lacks the head teacher's appraisal ({@link
 * FormFields#HEAD_TEACHER_APPRAISAL}) or the institution's opinion ({@link FormFields#INSTITUTION_OPINION}), or
 * bears no seal. One finding per class; the message says which of the two defects it found.
 */
public final class AssessmentFormIncomplete implements Check {

  static final String ID = "archive.assessment-form.incomplete";
  /** Message key when the forms are only unfilled. */
  static final String UNFILLED = ID + ".unfilled";
  /** Message key when the forms are only unsealed. */
  static final String UNSEALED = ID + ".unsealed";

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
      List<ClassDocument> forms = new ArrayList<>(archive.index().documents(ClassDocumentType.ASSESSMENT_FORM));
      forms.addAll(archive.index().documents(ClassDocumentType.ARCHIVE_CARD));
      List<String> withoutAppraisal = new ArrayList<>();
      List<String> withoutOpinion = new ArrayList<>();
      List<String> unsealed = new ArrayList<>();
      int defective = 0;
      for (ClassDocument form : forms) {
        String label = label(archive, form);
        boolean noAppraisal = !form.filled(FormFields.HEAD_TEACHER_APPRAISAL);
        boolean noOpinion = !form.filled(FormFields.INSTITUTION_OPINION);
        if (noAppraisal) {
          withoutAppraisal.add(label);
        }
        if (noOpinion) {
          withoutOpinion.add(label);
        }
        if (!form.sealed()) {
          unsealed.add(label);
        }
        if (noAppraisal || noOpinion || !form.sealed()) {
          defective++;
        }
      }
      if (defective == 0) {
        continue;
      }
      boolean unfilled = !withoutAppraisal.isEmpty() || !withoutOpinion.isEmpty();
      FindingBuilder finding = archive.finding().arg("count", defective);
      if (!unfilled) {
        finding.messageKey(UNSEALED);
      } else if (unsealed.isEmpty()) {
        finding.messageKey(UNFILLED);
      }
      finding.evidence("withoutAppraisal", withoutAppraisal)
          .evidence("withoutOpinion", withoutOpinion)
          .evidence("unsealed", unsealed)
          .emit();
    }
  }

  /** The assessment form's id, or the archive card's trainee name. */
  private static String label(ClassArchive archive, ClassDocument form) {
    if (form.type() == ClassDocumentType.ARCHIVE_CARD) {
      return form.traineeId().map(archive::traineeName).orElse(form.id());
    }
    return form.id();
  }
}
