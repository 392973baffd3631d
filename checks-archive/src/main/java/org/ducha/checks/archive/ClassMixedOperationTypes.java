package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;

/**
 * 混班: a class holds trainees whose own operation type (作业类别, as their enrolment records it) differs from the one
 * the class trains — they were taught another operation's outline. One finding per class, naming those trainees.
 * Trainees whose operation type is not recorded are not counted; codes are compared as written, trimmed. The
 * message names the operation types as the institution lists them (a code it does not list is shown as written); the
 * evidence keeps the codes.
 */
public final class ClassMixedOperationTypes implements Check {

  static final String ID = "archive.class.mixed-operation-types";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.SPECIAL_OPERATIONS)
      .regulation(RegulationRef.projectJudgement(
          "一个培训班按一个作业类别的培训大纲教学；学员所报作业类别与培训班不同，即未按其作业类别的大纲受训（混班）"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (TrainingClass c : institution.classes()) {
      String classType = c.operationType().strip();
      List<String> names = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      TreeSet<String> otherCodes = new TreeSet<>();
      for (Trainee t : c.trainees()) {
        if (t.operationType().isEmpty()) {
          continue;
        }
        String own = t.operationType().get().strip();
        if (!own.equals(classType)) {
          names.add(t.name());
          lines.add(t.name() + " (" + t.id() + "): " + own);
          otherCodes.add(own);
        }
      }
      if (names.isEmpty()) {
        continue;
      }
      List<String> otherNames = new ArrayList<>();
      for (String code : otherCodes) {
        otherNames.add(context.index().operationName(code));
      }
      new ClassArchive(c, context).finding()
          .arg("classOperationType", context.index().operationName(classType))
          .arg("traineeNames", names)
          .arg("otherOperationTypes", otherNames)
          .arg("count", names.size())
          .evidence("trainees", lines)
          .emit();
    }
  }
}
