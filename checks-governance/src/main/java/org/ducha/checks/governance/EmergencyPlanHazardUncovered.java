package org.ducha.checks.governance;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.InForce;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Hazard;
import org.ducha.model.Institution;

/**
 * 未针对火灾、踩踏、触电制定专项应急预案或现场处置方案: a hazard AQ 8011-2023 §4.1.2 requires emergency plans for —
 * fire, crowd crush, electric shock — is named by none of the institution's emergency plans ({@link
 * Document#hazards()}). One finding per hazard not covered.
 *
 * <p>In force from 2024-07-01, the first day of AQ 8011-2023. Before, AQ/T 8011-2016 §3.1.2 asks for safety and
 * emergency rules but names no hazard, so nothing is checked: the check does not run on earlier inspections. An
 * institution with no emergency plan at all is {@link EmergencyPlanMissing}'s finding, not this one's.
 */
public final class EmergencyPlanHazardUncovered implements Check {

  static final String ID = "governance.emergency-plan.hazard-uncovered";

  /** First day of AQ 8011-2023. */
  static final LocalDate AQ_2023_FROM = LocalDate.of(2024, 7, 1);

  /** The hazards AQ 8011-2023 §4.1.2 names, in the order reported. */
  static final List<Hazard> REQUIRED = List.of(Hazard.FIRE, Hazard.CROWD_CRUSH, Hazard.ELECTRIC_SHOCK);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .topic("governance.emergency-plan")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aq2023("4.1.2"))
      .inForce(InForce.since(AQ_2023_FROM))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    List<Document> plans = context.index().documents(DocumentType.EMERGENCY_PLAN);
    if (plans.isEmpty()) {
      return;
    }
    Set<Hazard> covered = EnumSet.noneOf(Hazard.class);
    for (Document plan : plans) {
      covered.addAll(plan.hazards());
    }
    for (Hazard hazard : REQUIRED) {
      if (!covered.contains(hazard)) {
        context.finding(Subject.institution(institution)
                .child(SubjectKind.DOCUMENT, DocumentType.EMERGENCY_PLAN.name() + "-" + hazard.name(), label(hazard)))
            .messageKey(ID + "." + hazard.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
            .evidence("hazard", hazard.name())
            .evidence("plans", plans.stream().map(Document::id).toList())
            .emit();
      }
    }
  }

  /** The plan that is missing, as the records would title it. */
  private static String label(Hazard hazard) {
    return switch (hazard) {
      case FIRE -> "火灾事故应急预案";
      case CROWD_CRUSH -> "踩踏事故应急预案";
      case ELECTRIC_SHOCK -> "触电事故应急预案";
      default -> hazard.name();
    };
  }
}
