package org.ducha.checks.archive;

import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;

/**
 * 综合考评报告未盖章未填写日期: a comprehensive evaluation report of a class that ended before the inspection
 * bears no seal or no date. One finding per report; the message says which is lacking.
 */
public final class EvaluationReportUnsealed implements Check {

  static final String ID = "archive.evaluation-report.unsealed";
  /** Message key when only the seal is lacking. */
  static final String NO_SEAL = ID + ".no-seal";
  /** Message key when only the date is lacking. */
  static final String NO_DATE = ID + ".no-date";

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
    for (ClassArchive archive : ClassArchive.all(context)) {
      if (!archive.closed()) {
        continue;
      }
      for (ClassDocument report : archive.index().documents(ClassDocumentType.EVALUATION_REPORT)) {
        boolean sealed = report.sealed();
        boolean dated = report.dated().isPresent();
        if (sealed && dated) {
          continue;
        }
        FindingBuilder finding = archive.finding(archive.subject(report));
        if (sealed) {
          finding.messageKey(NO_DATE);
        } else if (dated) {
          finding.messageKey(NO_SEAL);
        }
        finding.evidence("sealed", sealed).evidence("dated", dated).emit();
      }
    }
  }
}
