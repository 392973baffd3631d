package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.Trainee;

/**
 * 未签到签退但有考试成绩: a trainee has a score on a score sheet of the class but no sign-in or sign-out on any of
 * its sheets — examined without any attested training. One finding per class, naming the trainees.
 */
public final class ExamScoreWithoutAttendance implements Check {

  static final String ID = "archive.exam.score-without-attendance";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.CRITICAL)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .regulation(Regulations.EXAM_MEASURES)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (ClassArchive archive : ClassArchive.all(context)) {
      AttendanceGrid grid = AttendanceGrid.of(archive);
      List<String> trainees = new ArrayList<>();
      for (Trainee t : archive.trainingClass().trainees()) {
        if (grid.scoredWithoutAttendance(t.id())) {
          trainees.add(t.name());
        }
      }
      if (!trainees.isEmpty()) {
        archive.finding()
            .arg("count", trainees.size())
            .evidence("trainees", trainees)
            .emit();
      }
    }
  }
}
