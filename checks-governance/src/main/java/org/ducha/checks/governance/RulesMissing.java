package org.ducha.checks.governance;

import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;

/**
 * 未建立安全培训、培训档案或考试管理制度: a written rule that AQ/T 8011-2016 3.1.2 (AQ 8011-2023 4.1.1) requires is
 * absent — training-management rules, training-archive rules, and exam-management rules for an exam site. One
 * finding per missing rule; its subject is the missing rule within the institution.
 */
public final class RulesMissing implements Check {

  static final String ID = "governance.rules.missing";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.2"))
      .regulation(Regulations.aq2023("4.1.1"))
      .regulation(Regulations.EXAM_MEASURES)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (RequiredRule rule : RequiredRule.of(institution)) {
      if (context.index().documents(rule.type()).isEmpty()) {
        context.finding(Subject.institution(institution).child(SubjectKind.DOCUMENT, rule.type().name(), rule.label()))
            .messageKey(ID + "." + rule.keySuffix())
            .evidence("documentType", rule.type().name())
            .emit();
      }
    }
  }
}
