package org.ducha.checks.governance;

import java.time.LocalDate;
import java.util.Locale;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.InForce;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;

/**
 * 应急预案未按GB/T 29639编制: an emergency plan does not name GB/T 29639 (生产经营单位生产安全事故应急预案编制导则, any
 * edition) among the standards it says it was written to ({@link Document#standards()}). One finding per plan.
 *
 * <p>In force from 2024-07-01: AQ 8011-2023 §4.1.2 asks for plans following GB/T 29639; AQ/T 8011-2016 names no
 * standard, so the check does not run on earlier inspections. Codes are compared ignoring spaces and case, so
 * {@code GB/T 29639-2020}, {@code GB/T29639—2013} and {@code gb/t 29639} all count.
 */
public final class EmergencyPlanNotToGuideline implements Check {

  static final String ID = "governance.emergency-plan.not-to-guideline";

  /** The code of the guideline, without edition. */
  static final String GUIDELINE = "GB/T 29639";

  private static final String GUIDELINE_SQUEEZED = squeeze(GUIDELINE);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .topic("governance.emergency-plan")
      .severity(Severity.MINOR)
      .regulation(Regulations.aq2023("4.1.2"))
      .regulation(new RegulationRef(GUIDELINE, "", "生产经营单位生产安全事故应急预案编制导则"))
      .inForce(InForce.since(EmergencyPlanHazardUncovered.AQ_2023_FROM))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (Document plan : context.index().documents(DocumentType.EMERGENCY_PLAN)) {
      boolean follows = plan.standards().stream().anyMatch(s -> squeeze(s).startsWith(GUIDELINE_SQUEEZED));
      if (!follows) {
        context.finding(Subject.document(plan))
            .arg("title", plan.title())
            .arg("guideline", GUIDELINE)
            .evidence("standards", plan.standards())
            .emit();
      }
    }
  }

  private static String squeeze(String code) {
    return code.replaceAll("[\\s\\u3000]+", "").toUpperCase(Locale.ROOT);
  }
}
