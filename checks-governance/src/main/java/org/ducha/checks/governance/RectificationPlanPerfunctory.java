package org.ducha.checks.governance;

import java.util.Comparator;
import java.util.Optional;
import org.ducha.check.Campaigns;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.InForce;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Document;
import org.ducha.model.DocumentType;
import org.ducha.model.Institution;

/**
 * 实施方案仅仅一半页纸的内容: the campaign implementation plan is a token one, shorter than a minimum number of
 * pages. Judged on the institution's longest plan, so that a short early draft beside a full plan is no finding.
 */
public final class RectificationPlanPerfunctory implements Check {

  static final String ID = "governance.rectification-plan.perfunctory";

  /** Fewest pages of a plan that is more than a token. Project's judgement; the notice mocks half a page. */
  static final Parameter<Integer> MIN_PAGES = Parameter.ofInt(ID, "minPages", 2, 1, 100);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.GOVERNANCE)
      .severity(Severity.MINOR)
      .regulation(Regulations.CAMPAIGN_NOTICE)
      .regulation(RegulationRef.projectJudgement(
          "A campaign plan shorter than two pages cannot set out tasks, responsible persons and a timetable; the notice faults a plan of half a page"))
      .parameter(MIN_PAGES)
      .campaign(Campaigns.ZOUGUOCHANG_2021)
      .inForce(InForce.between(Campaigns.ZOUGUOCHANG_2021_START, Campaigns.ZOUGUOCHANG_2021_END))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    int minPages = context.parameter(MIN_PAGES);
    Optional<Document> longest = context.index().documents(DocumentType.CAMPAIGN_IMPLEMENTATION_PLAN).stream()
        .max(Comparator.comparingInt(Document::pages));
    if (longest.isPresent() && longest.get().pages() < minPages) {
      Document plan = longest.get();
      context.finding(Subject.document(plan))
          .arg("title", plan.title())
          .arg("pages", plan.pages())
          .arg("minPages", minPages)
          .evidence("pages", plan.pages())
          .evidence("minPages", minPages)
          .emit();
    }
  }
}
