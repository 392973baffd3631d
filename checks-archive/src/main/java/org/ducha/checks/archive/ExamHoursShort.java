package org.ducha.checks.archive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.Trainee;

/**
 * 请假后未达培训学时且组织该学员参加考核: a trainee with a score in the class attended fewer hours than {@code
 * minAttendancePercent} % of the hours of the class's own teaching plan. One finding per class, naming the trainees.
 *
 * <p>Attended hours are those of the lessons the trainee signed in and out for ({@link
 * org.ducha.check.ClassIndex#attendedHours}), plus those of lessons whose missing signature another check already
 * reports as a fact of the sheet or of the lesson, not of the trainee's absence: a half-signed line, a lesson nobody
 * signed for (see {@link AttendanceGrid}). What remains short is the trainee's own absence, with or without leave.
 * Trainees with no signature at all are {@code archive.exam.score-without-attendance}'s.
 */
public final class ExamHoursShort implements Check {

  static final String ID = "archive.exam.hours-short";

  /**
   * The share of the plan's hours a trainee must have attended to be examined. 100 by default: the class's own
   * plan is what the trainee had to complete, and a leave note excuses an absence without replacing its hours (the
   * notice's case, item 5.3). No regulation read fixes a tolerance: a lower value is the project's or the profile's
   * own judgement.
   */
  static final Parameter<Integer> MIN_ATTENDANCE_PERCENT = Parameter.ofInt(ID, "minAttendancePercent", 100, 1, 100);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.TRAINING_MEASURES)
      .regulation(Regulations.SPECIAL_OPERATIONS)
      .parameter(MIN_ATTENDANCE_PERCENT)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    BigDecimal percent = BigDecimal.valueOf(context.parameter(MIN_ATTENDANCE_PERCENT));
    for (ClassArchive archive : ClassArchive.all(context)) {
      BigDecimal planned = archive.index().plannedHours();
      if (planned.signum() == 0) {
        continue;
      }
      AttendanceGrid grid = AttendanceGrid.of(archive);
      List<Lesson> due = archive.dueLessons();
      BigDecimal required = planned.multiply(percent);
      List<String> trainees = new ArrayList<>();
      List<String> hours = new ArrayList<>();
      for (Trainee t : archive.trainingClass().trainees()) {
        if (archive.index().scoresOf(t.id()).isEmpty() || !grid.signedAnywhere(t.id())) {
          continue;
        }
        BigDecimal attended = archive.index().attendedHours(t.id());
        for (Lesson l : due) {
          AttendanceGrid.Owner owner = grid.owner(t, l);
          if (owner == AttendanceGrid.Owner.UNSIGNED || owner == AttendanceGrid.Owner.ONLINE_ARCHIVE
              || owner == AttendanceGrid.Owner.LESSON_NOT_DELIVERED) {
            attended = attended.add(l.hours());
          }
        }
        if (attended.multiply(HUNDRED).compareTo(required) < 0) {
          trainees.add(t.name());
          hours.add(t.name() + " " + attended.stripTrailingZeros().toPlainString() + "/" + planned.stripTrailingZeros().toPlainString());
        }
      }
      if (!trainees.isEmpty()) {
        archive.finding()
            .arg("count", trainees.size())
            .arg("plannedHours", planned)
            .evidence("trainees", trainees)
            .evidence("attendedOfPlanned", hours)
            .evidence("minAttendancePercent", context.parameter(MIN_ATTENDANCE_PERCENT))
            .emit();
      }
    }
  }
}
