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
import org.ducha.model.Lesson;
import org.ducha.model.Trainee;

/**
 * 未签到学员无请假条: a trainee did not sign for a lesson for which others signed, and no leave note of theirs
 * covers its day. One finding per class, counting trainee-lessons (人次) and naming the trainees.
 *
 * <p>Lessons nobody signed for, and trainees with scores but no signature at all, are other checks' facts;
 * see {@link AttendanceGrid}.
 */
public final class AttendanceAbsenceWithoutLeave implements Check {

  static final String ID = "archive.attendance.absence-without-leave";

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
      AttendanceGrid grid = AttendanceGrid.of(archive);
      List<Lesson> lessons = archive.dueLessons();
      int count = 0;
      Set<String> trainees = new LinkedHashSet<>();
      Set<String> lessonLabels = new LinkedHashSet<>();
      int[] columns = grid.columns(lessons);
      for (Trainee t : archive.trainingClass().trainees()) {
        int row = grid.row(t.id());
        for (int j = 0; j < columns.length; j++) {
          Lesson l = lessons.get(j);
          if (grid.owner(row, columns[j], t, l) == AttendanceGrid.Owner.ABSENCE_WITHOUT_LEAVE) {
            count++;
            trainees.add(t.name());
            lessonLabels.add(ClassArchive.label(l));
          }
        }
      }
      if (count > 0) {
        archive.finding()
            .arg("traineeCount", trainees.size())
            .arg("count", count)
            .evidence("trainees", new ArrayList<>(trainees))
            .evidence("lessons", new ArrayList<>(lessonLabels))
            .emit();
      }
    }
  }
}
