package org.ducha.checks.archive;

import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;

/** 无教学计划执行表: a class that ended before the inspection has no teaching-plan execution form in its archive. */
public final class PlanExecutionMissing implements Check {

  static final String ID = "archive.plan-execution.missing";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (ClassArchive archive : ClassArchive.all(context)) {
      if (archive.closed() && archive.index().documents(ClassDocumentType.PLAN_EXECUTION_FORM).isEmpty()) {
        archive.finding()
            .evidence("plannedLessons", archive.trainingClass().lessons().size())
            .emit();
      }
    }
  }
}
