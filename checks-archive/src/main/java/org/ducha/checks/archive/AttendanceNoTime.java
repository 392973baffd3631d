package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.Institution;

/**
 * 学员签到表无培训时间: a sign-in sheet line bears a sign-in without its time or a sign-out without its time.
 * One finding per class, counting such lines (人次).
 */
public final class AttendanceNoTime implements Check {

  static final String ID = "archive.attendance.no-time";

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
      int count = 0;
      Set<String> trainees = new LinkedHashSet<>();
      Set<String> lessons = new LinkedHashSet<>();
      for (AttendanceEntry e : archive.trainingClass().attendance()) {
        boolean inWithoutTime = e.signedIn() && e.signInTime().isEmpty();
        boolean outWithoutTime = e.signedOut() && e.signOutTime().isEmpty();
        if (inWithoutTime || outWithoutTime) {
          count++;
          trainees.add(archive.traineeName(e.traineeId()));
          lessons.add(archive.index().lesson(e.lessonId()).map(ClassArchive::label).orElse(e.lessonId()));
        }
      }
      if (count > 0) {
        archive.finding()
            .arg("count", count)
            .evidence("trainees", new ArrayList<>(trainees))
            .evidence("lessons", new ArrayList<>(lessons))
            .emit();
      }
    }
  }
}
