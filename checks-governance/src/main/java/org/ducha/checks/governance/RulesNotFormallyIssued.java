package org.ducha.checks.governance;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Document;
import org.ducha.model.Institution;

/**
 * 未以正式文件印发安全培训及考试管理制度: a required rules document (see {@link RequiredRule}) bears no document
 * number (文号), no issue date or no seal. One finding per such document; an absent rules document is
 * {@link RulesMissing}.
 */
public final class RulesNotFormallyIssued implements Check {

  static final String ID = "governance.rules.not-formally-issued";

  /** Evidence code: no document number. */
  static final String NO_NUMBER = "number";
  /** Evidence code: no issue date. */
  static final String NO_ISSUE_DATE = "issuedOn";
  /** Evidence code: no seal. */
  static final String NO_SEAL = "seal";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.2"))
      .regulation(Regulations.aq2023("4.1.1"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (RequiredRule rule : RequiredRule.of(institution)) {
      for (Document d : context.index().documents(rule.type())) {
        List<String> lacking = new ArrayList<>();
        if (d.number().map(String::isBlank).orElse(true)) {
          lacking.add(NO_NUMBER);
        }
        if (d.issuedOn().isEmpty()) {
          lacking.add(NO_ISSUE_DATE);
        }
        if (!d.sealed()) {
          lacking.add(NO_SEAL);
        }
        if (!lacking.isEmpty()) {
          context.finding(Subject.document(d))
              .arg("title", d.title())
              .evidence("documentType", d.type().name())
              .evidence("lacking", lacking)
              .emit();
        }
      }
    }
  }
}
