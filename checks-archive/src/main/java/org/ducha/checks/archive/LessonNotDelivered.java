package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;

/**
 * 计划课程无授课记录: a theory lesson of the teaching plan, due before the inspection date, has no lesson record,
 * although its hours count towards the class's plan. One finding per class. Practical lessons are recorded by
 * practical-training records, which {@code archive.practical-record.missing} checks.
 */
public final class LessonNotDelivered implements Check {

  static final String ID = "archive.lesson.not-delivered";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .regulation(RegulationRef.projectJudgement(
          "课程安排中的每节课都应有授课记录，否则无从证明计划学时已经落实"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (ClassArchive archive : ClassArchive.all(context)) {
      AttendanceGrid grid = AttendanceGrid.of(archive);
      List<String> lessons = new ArrayList<>();
      List<String> signedFor = new ArrayList<>();
      for (Lesson l : archive.dueLessons()) {
        if (l.kind() != LessonKind.PRACTICAL && archive.index().lessonRecords(l.id()).isEmpty()) {
          lessons.add(ClassArchive.label(l));
          if (grid.sheetKept(l.id())) {
            signedFor.add(ClassArchive.label(l));
          }
        }
      }
      if (!lessons.isEmpty()) {
        archive.finding()
            .arg("count", lessons.size())
            .evidence("lessons", lessons)
            .evidence("lessonsWithSignIns", signedFor)
            .emit();
      }
    }
  }
}
