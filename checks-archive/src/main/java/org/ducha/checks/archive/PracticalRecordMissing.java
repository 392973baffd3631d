package org.ducha.checks.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;

/**
 * 无实训记录: a day on which the teaching plan schedules a practical lesson, before the inspection date, has no
 * practical-training record dated that day. One finding per class, naming the days.
 */
public final class PracticalRecordMissing implements Check {

  static final String ID = "archive.practical-record.missing";

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
      TreeSet<LocalDate> days = new TreeSet<>();
      List<String> lessons = new ArrayList<>();
      for (Lesson l : archive.dueLessons()) {
        if (l.kind() == LessonKind.PRACTICAL && archive.index().practicalRecordsOn(l.date()).isEmpty()) {
          days.add(l.date());
          lessons.add(ClassArchive.label(l));
        }
      }
      if (!days.isEmpty()) {
        archive.finding()
            .arg("dates", new ArrayList<>(days))
            .evidence("lessons", lessons)
            .emit();
      }
    }
  }
}
