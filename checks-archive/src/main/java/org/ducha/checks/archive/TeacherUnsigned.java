package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;

/** 教师未签到: a record of a delivered lesson bears no signature of its teacher. One finding per class. */
public final class TeacherUnsigned implements Check {

  static final String ID = "archive.teacher.unsigned";

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
      List<String> lessons = new ArrayList<>();
      Set<String> teachers = new LinkedHashSet<>();
      for (LessonRecord r : archive.trainingClass().lessonRecords()) {
        if (!r.teacherSigned()) {
          lessons.add(r.date() + " " + r.topic());
          teachers.add(archive.staffName(r.teacherId()));
        }
      }
      if (!lessons.isEmpty()) {
        archive.finding()
            .arg("count", lessons.size())
            .evidence("lessons", lessons)
            .evidence("teachers", new ArrayList<>(teachers))
            .emit();
      }
    }
  }
}
