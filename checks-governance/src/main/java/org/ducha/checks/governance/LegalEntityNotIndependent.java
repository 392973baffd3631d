package org.ducha.checks.governance;

import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Institution;
import org.ducha.model.LegalForm;

/**
 * 非独立法人机构，为企业内设部门: the institution is registered as a company's internal department
 * ({@code INTERNAL_DEPARTMENT}) or as a branch ({@code BRANCH}), not as a legal person of its own.
 */
public final class LegalEntityNotIndependent implements Check {

  static final String ID = "governance.legal-entity.not-independent";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .topic("governance.legal-entity")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("2.2"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    LegalForm form = institution.legalForm();
    if (form != LegalForm.INTERNAL_DEPARTMENT && form != LegalForm.BRANCH) {
      return;
    }
    String key = form == LegalForm.BRANCH ? ID + ".branch" : ID;
    FindingBuilder finding = context.finding(Subject.institution(institution))
        .evidence("legalForm", form.name());
    if (institution.parentOrganisation().isPresent()) {
      String parent = institution.parentOrganisation().get();
      finding.messageKey(key).arg("parent", parent).evidence("parentOrganisation", parent);
    } else {
      finding.messageKey(key + ".parent-unrecorded");
    }
    finding.emit();
  }
}
