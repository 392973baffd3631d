package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.ClassIndex;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;

/**
 * 学时超出签到签退间隔（伪造记录）: on one calendar day, the sign-in sheets of a class credit a trainee with more minutes
 * of class hours than elapsed between the trainee's first sign-in and last sign-out that day — the same minutes
 * credited to two lessons at once, which no one can attend: at least one line is false. One finding per class,
 * naming trainees and days.
 *
 * <p>Only lines with both times count. Each lesson earns the overlap of the line with its schedule, at most the
 * minutes its planned hours need ({@link ClassIndex#creditedMinutes}), so a lesson merely scheduled too short is
 * {@code archive.lesson.compressed}'s and a trainee arriving late is short of hours ({@code archive.exam.hours-short}),
 * not this check's.
 */
public final class AttendanceHoursExceedPresence implements Check {

  static final String ID = "archive.attendance.hours-exceed-presence";

  static final Parameter<Integer> OFFLINE_MINUTES = ClassHourParameters.offline(ID);
  static final Parameter<Integer> ONLINE_MINUTES = ClassHourParameters.online(ID);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.CRITICAL)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .regulation(RegulationRef.projectJudgement("同一时间只能计一个学时，超出签到签退间隔的学时不可能真实"))
      .parameter(OFFLINE_MINUTES)
      .parameter(ONLINE_MINUTES)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    ClassIndex.ClassHour rule = ClassHourParameters.rule(context, OFFLINE_MINUTES, ONLINE_MINUTES);
    for (ClassArchive archive : ClassArchive.all(context)) {
      List<String> days = new ArrayList<>();
      Set<String> trainees = new LinkedHashSet<>();
      for (DayCredits.Day day : DayCredits.of(archive, rule, true).values()) {
        long elapsed = day.elapsedMinutes();
        if (day.totalMinutes().compareTo(java.math.BigDecimal.valueOf(elapsed)) > 0) {
          days.add(DayCredits.label(archive, day) + " " + day.firstIn + "-" + day.lastOut + ": "
              + day.totalMinutes().stripTrailingZeros().toPlainString() + " min credited, " + elapsed + " min elapsed");
          trainees.add(archive.traineeName(day.traineeId));
        }
      }
      if (!days.isEmpty()) {
        archive.finding()
            .arg("traineeCount", trainees.size())
            .arg("count", days.size())
            .evidence("traineeDays", days)
            .emit();
      }
    }
  }
}
