package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;

/**
 * 无培训管理测评表和教师满意度测评表；无学员评估表: the archive of a class that ended before the inspection lacks
 * the training-management survey, the teacher-satisfaction survey or the trainee evaluation form — the records
 * of the teaching evaluation that the institution's rules provide for. One finding per class; the message names
 * the forms that are missing.
 */
public final class SurveyMissing implements Check {

  static final String ID = "archive.survey.missing";

  /** The forms, in the order messages name them, with the message-key part of each. */
  private static final Map<ClassDocumentType, String> FORMS = orderedForms();

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .regulation(Regulations.aqt2016("3.1.2"))
      .regulation(Regulations.aq2023("4.1.1"))
      .build();

  private static Map<ClassDocumentType, String> orderedForms() {
    Map<ClassDocumentType, String> m = new LinkedHashMap<>();
    m.put(ClassDocumentType.MANAGEMENT_SURVEY, "management");
    m.put(ClassDocumentType.TEACHER_SATISFACTION_SURVEY, "teacher");
    m.put(ClassDocumentType.TRAINEE_EVALUATION_FORM, "trainee");
    return Collections.unmodifiableMap(m);
  }

  /**
   * The message key for a set of missing forms, given by their key parts in {@link #FORMS} order: the check id
   * when all are missing, else the id followed by the parts, e.g. {@code archive.survey.missing.management-teacher}.
   */
  static String messageKey(List<String> missingParts) {
    return missingParts.size() == FORMS.size() ? ID : ID + "." + String.join("-", missingParts);
  }

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
      List<String> missing = new ArrayList<>();
      List<String> parts = new ArrayList<>();
      for (Map.Entry<ClassDocumentType, String> form : FORMS.entrySet()) {
        if (archive.index().documents(form.getKey()).isEmpty()) {
          missing.add(form.getKey().name());
          parts.add(form.getValue());
        }
      }
      if (!missing.isEmpty()) {
        archive.finding()
            .messageKey(messageKey(parts))
            .evidence("missing", missing)
            .emit();
      }
    }
  }
}
