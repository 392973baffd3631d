package org.ducha.checks.governance;

import org.ducha.check.Campaigns;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.InForce;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;

/** 未建立“走过场”专项整治问题清单: the institution holds no problem list for the campaign. */
public final class ProblemListMissing implements Check {

  static final String ID = "governance.problem-list.missing";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.CAMPAIGN_NOTICE)
      .campaign(Campaigns.ZOUGUOCHANG_2021)
      .inForce(InForce.between(Campaigns.ZOUGUOCHANG_2021_START, Campaigns.ZOUGUOCHANG_2021_END))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    if (context.index().documents(DocumentType.CAMPAIGN_PROBLEM_LIST).isEmpty()) {
      context.finding(Subject.institution(institution))
          .evidence("documentType", DocumentType.CAMPAIGN_PROBLEM_LIST.name())
          .emit();
    }
  }
}
