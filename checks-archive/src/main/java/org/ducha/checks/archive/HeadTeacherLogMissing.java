package org.ducha.checks.archive;

import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;

/** 无班主任日志: a class that ended before the inspection has no head-teacher log in its archive. */
public final class HeadTeacherLogMissing implements Check {

  static final String ID = "archive.head-teacher-log.missing";

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
      if (archive.closed() && archive.index().documents(ClassDocumentType.HEAD_TEACHER_LOG).isEmpty()) {
        FindingBuilder finding = archive.finding();
        archive.trainingClass().headTeacherId().ifPresent(h -> finding.evidence("headTeacher", archive.staffName(h)));
        finding.emit();
      }
    }
  }
}
