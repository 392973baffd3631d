package org.ducha.checks.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ducha.check.Campaigns;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.InForce;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;
import org.ducha.model.SelfInspection;

/**
 * 组织开展自查无自查报告: a self-inspection held during the campaign has no self-inspection report dated on or
 * after it (and not after the inspection). An undated report is taken to cover every self-inspection: its
 * missing date is a defect of form, not a missing report.
 */
public final class SelfInspectionReportMissing implements Check {

  static final String ID = "governance.self-inspection-report.missing";

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
    LocalDate date = context.inspectionDate();
    LocalDate lastDay = date.isBefore(Campaigns.ZOUGUOCHANG_2021_END) ? date : Campaigns.ZOUGUOCHANG_2021_END;
    Optional<LocalDate> lastReport = Optional.empty();
    for (Document d : context.index().documents(DocumentType.CAMPAIGN_SELF_INSPECTION_REPORT)) {
      if (d.issuedOn().isEmpty()) {
        // An undated report may follow any self-inspection: the report exists, its date is another matter.
        return;
      }
      LocalDate issued = d.issuedOn().get();
      if (!issued.isAfter(date) && lastReport.map(issued::isAfter).orElse(true)) {
        lastReport = Optional.of(issued);
      }
    }
    List<LocalDate> unreported = new ArrayList<>();
    for (SelfInspection s : institution.selfInspections()) {
      LocalDate held = s.heldOn();
      boolean duringCampaign = !held.isBefore(Campaigns.ZOUGUOCHANG_2021_START) && !held.isAfter(lastDay);
      if (duringCampaign && lastReport.map(held::isAfter).orElse(true)) {
        unreported.add(held);
      }
    }
    if (!unreported.isEmpty()) {
      List<LocalDate> sorted = unreported.stream().sorted().distinct().toList();
      FindingBuilder finding = context.finding(Subject.institution(institution))
          .arg("heldOn", sorted)
          .evidence("selfInspectionsWithoutReport", sorted);
      lastReport.ifPresent(r -> finding.evidence("lastReportDate", r));
      finding.emit();
    }
  }
}
