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
import org.ducha.model.ClassDocumentType;
import org.ducha.model.FormFields;
import org.ducha.model.Institution;

/**
 * 学员考核情况表（档案卡）班主任鉴定和培训单位意见未填写: an assessment form or a trainee's archive card of a class
 * that ended before the inspection lacks the head teacher's appraisal ({@link FormFields#HEAD_TEACHER_APPRAISAL}) or
 * the institution's opinion ({@link FormFields#INSTITUTION_OPINION}). One finding per class. A form without a seal
 * is a defect of its own, {@code archive.assessment-form.unsealed} (split from this id: a host may re-grade an
 * unauthenticated form apart from an unfilled one).
 */
public final class AssessmentFormIncomplete implements Check {

  static final String ID = "archive.assessment-form.incomplete";
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
      List<String> withoutAppraisal = new ArrayList<>();
      List<String> withoutOpinion = new ArrayList<>();
      int defective = 0;
      for (ClassDocument form : forms(archive)) {
        String label = label(archive, form);
        boolean noAppraisal = !form.filled(FormFields.HEAD_TEACHER_APPRAISAL);
        boolean noOpinion = !form.filled(FormFields.INSTITUTION_OPINION);
        if (noAppraisal) {
          withoutAppraisal.add(label);
        }
        if (noOpinion) {
          withoutOpinion.add(label);
        }
        if (noAppraisal || noOpinion) {
          defective++;
        }
      }
      if (defective > 0) {
        archive.finding().arg("count", defective)
            .evidence("withoutAppraisal", withoutAppraisal)
            .evidence("withoutOpinion", withoutOpinion)
            .emit();
      }
    }
  }

  /** The class's assessment forms, then its archive cards. */
  static List<ClassDocument> forms(ClassArchive archive) {
    List<ClassDocument> forms = new ArrayList<>(archive.index().documents(ClassDocumentType.ASSESSMENT_FORM));
    forms.addAll(archive.index().documents(ClassDocumentType.ARCHIVE_CARD));
    return forms;
  }

  /** The assessment form's id, or the archive card's trainee name. */
  static String label(ClassArchive archive, ClassDocument form) {
    if (form.type() == ClassDocumentType.ARCHIVE_CARD) {
      return form.traineeId().map(archive::traineeName).orElse(form.id());
    }
    return form.id();
  }
}
