package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.Institution;
import org.ducha.model.TrainingClass;

/** 档案未装订: a volume of a class archive is not bound. One finding per class, listing its unbound volumes. */
public final class ArchiveNotBound implements Check {

  static final String ID = "archive.not-bound";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MINOR)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (TrainingClass c : institution.classes()) {
      List<String> unbound = new ArrayList<>();
      for (ArchiveVolume v : c.archive()) {
        if (!v.bound()) {
          unbound.add(v.kind().name());
        }
      }
      if (!unbound.isEmpty()) {
        context.finding(Subject.trainingClass(c))
            .arg("classDate", c.start())
            .arg("className", c.name())
            .evidence("unboundVolumes", unbound)
            .emit();
      }
    }
  }
}
