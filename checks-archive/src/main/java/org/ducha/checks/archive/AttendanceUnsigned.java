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
 * 学员未签到签退: a sign-in sheet line bears only a sign-in or only a sign-out, or a lesson that was taught has
 * no signature of any trainee. One finding per class, counting trainee-lessons (人次).
 *
 * <p>A line covered by the trainee's leave note is excused. Trainees with scores and no signature at all are
 * left to {@code archive.exam.score-without-attendance}; see {@link AttendanceGrid}.
 */
public final class AttendanceUnsigned implements Check {

  static final String ID = "archive.attendance.unsigned";

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
      int partial = 0;
      Set<String> trainees = new LinkedHashSet<>();
      Set<String> lessonsWithoutSheet = new LinkedHashSet<>();
      int[] columns = grid.columns(lessons);
      for (Trainee t : archive.trainingClass().trainees()) {
        int row = grid.row(t.id());
        for (int j = 0; j < columns.length; j++) {
          Lesson l = lessons.get(j);
          if (grid.owner(row, columns[j], t, l) == AttendanceGrid.Owner.UNSIGNED) {
            count++;
            trainees.add(t.name());
            if (grid.marks(row, columns[j]) == 0) {
              lessonsWithoutSheet.add(ClassArchive.label(l));
            } else {
              partial++;
            }
          }
        }
      }
      if (count > 0) {
        archive.finding()
            .arg("count", count)
            .evidence("trainees", new ArrayList<>(trainees))
            .evidence("partialLines", partial)
            .evidence("lessonsWithoutSheet", new ArrayList<>(lessonsWithoutSheet))
            .emit();
      }
    }
  }
}
