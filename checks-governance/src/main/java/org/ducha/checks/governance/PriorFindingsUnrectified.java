package org.ducha.checks.governance;

import java.time.LocalDate;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Institution;
import org.ducha.model.PriorFinding;

/**
 * 前次检查提出的问题至今未完成整改: a finding of an earlier inspection whose rectification deadline passed before
 * the inspection date, with no rectification accepted on or before the inspection date. One finding per earlier
 * finding.
 */
public final class PriorFindingsUnrectified implements Check {

  static final String ID = "governance.prior-findings.unrectified";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .topic("governance.prior-findings")
      .severity(Severity.MAJOR)
      .regulation(RegulationRef.projectJudgement(
          "A finding an authority ordered rectified by a deadline stays a problem until its rectification is accepted; the notice lists such a finding"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    LocalDate date = context.inspectionDate();
    for (PriorFinding f : institution.priorFindings()) {
      boolean overdue = f.deadline().isBefore(date);
      boolean rectified = f.rectifiedOn().map(r -> !r.isAfter(date)).orElse(false);
      if (overdue && !rectified) {
        FindingBuilder finding = context.finding(Subject.priorFinding(f))
            .arg("authority", f.authority())
            .arg("foundOn", f.foundOn())
            .arg("description", f.description())
            .arg("deadline", f.deadline())
            .evidence("foundOn", f.foundOn())
            .evidence("deadline", f.deadline());
        f.rectifiedOn().ifPresent(r -> finding.evidence("rectifiedOn", r));
        finding.emit();
      }
    }
  }
}
