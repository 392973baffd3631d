package org.ducha.checks.archive;

import java.math.BigDecimal;
import java.util.ArrayList;
import org.ducha.check.ClassGrid;
import org.ducha.check.ClassIndex;
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
 * <p>Attended hours are the class hours the trainee's signed presence covers by the clock ({@link
 * org.ducha.check.ClassIndex#attendedHours(String, org.ducha.check.ClassIndex.ClassHour)}: the overlap of sign-in
 * and sign-out with the lesson's scheduled time, in minutes per class hour as {@link ClassHourParameters} sets them
 * by rulebook; a line without times as those parameters say), plus those of lessons whose shortfall another check
 * already reports as a fact of the sheet or of the lesson, not of the trainee's absence: a half-signed line, a
 * lesson nobody signed for (see {@link AttendanceGrid}), and a lesson whose schedule cannot hold its hours ({@code
 * archive.lesson.compressed}: a trainee with a complete line for it is credited its planned hours). What remains
 * short is the trainee's own absence — not coming, arriving late, leaving early — with or without leave. Trainees
 * with no signature at all are {@code archive.exam.score-without-attendance}'s.
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

  static final Parameter<Integer> OFFLINE_MINUTES = ClassHourParameters.offline(ID);
  static final Parameter<Integer> ONLINE_MINUTES = ClassHourParameters.online(ID);
  static final Parameter<Boolean> UNTIMED_LINES_CREDITED = ClassHourParameters.untimedLinesCredited(ID);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.TRAINING_MEASURES)
      .regulation(Regulations.SPECIAL_OPERATIONS)
      .parameter(MIN_ATTENDANCE_PERCENT)
      .parameter(OFFLINE_MINUTES)
      .parameter(ONLINE_MINUTES)
      .parameter(UNTIMED_LINES_CREDITED)
      .regulation(Regulations.aq2023("4.4"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    BigDecimal percent = BigDecimal.valueOf(context.parameter(MIN_ATTENDANCE_PERCENT));
    ClassIndex.ClassHour rule = ClassHourParameters.rule(context, OFFLINE_MINUTES, ONLINE_MINUTES, UNTIMED_LINES_CREDITED);
    for (ClassArchive archive : ClassArchive.all(context)) {
      BigDecimal planned = archive.index().plannedHours();
      if (planned.signum() == 0) {
        continue;
      }
      AttendanceGrid grid = AttendanceGrid.of(archive);
      ClassGrid cells = archive.index().grid();
      ClassGrid.Credits credits = cells.credits(rule);
      List<Lesson> due = archive.dueLessons();
      int[] columns = grid.columns(due);
      boolean[] compressed = new boolean[cells.columns()];
      for (int j = 0; j < columns.length; j++) {
        Lesson l = due.get(j);
        if (columns[j] >= 0 && !rule.holds(ClassIndex.minutesBetween(l.start(), l.end()), l)) {
          compressed[columns[j]] = true;
        }
      }
      BigDecimal required = planned.multiply(percent);
      List<String> trainees = new ArrayList<>();
      List<String> hours = new ArrayList<>();
      for (Trainee t : archive.trainingClass().trainees()) {
        int row = grid.row(t.id());
        if (row < 0 || !cells.scored(row) || !cells.signedAnywhere(row)) {
          continue;
        }
        // by the clock, in ten-thousandths of a class hour; lessons another check reports count whole
        long units = credits.units(row);
        BigDecimal whole = BigDecimal.ZERO;
        for (int j = 0; j < columns.length; j++) {
          Lesson l = due.get(j);
          int column = columns[j];
          AttendanceGrid.Owner owner = grid.owner(row, column, t, l);
          if (owner == AttendanceGrid.Owner.UNSIGNED || owner == AttendanceGrid.Owner.ONLINE_ARCHIVE
              || owner == AttendanceGrid.Owner.LESSON_NOT_DELIVERED) {
            whole = whole.add(l.hours());
          } else if (column >= 0 && compressed[column] && cells.marks(row, column) == AttendanceGrid.COMPLETE) {
            whole = whole.add(l.hours());
            units -= credits.units(row, column);
          }
        }
        BigDecimal attended = BigDecimal.valueOf(units, 4).add(whole);
        if (attended.multiply(HUNDRED).compareTo(required) < 0) {
          trainees.add(t.name());
          hours.add(t.name() + " " + attended.setScale(2, java.math.RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "/" + planned.stripTrailingZeros().toPlainString());
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
