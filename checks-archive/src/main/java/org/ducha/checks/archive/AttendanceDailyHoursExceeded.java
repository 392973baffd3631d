package org.ducha.checks.archive;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * 单日学时超出合理上限: the sign-in sheets of a class credit one trainee, on one calendar day, more class hours than
 * a training day can hold ({@code maxClassHoursPerDay}). The hours are those the signed presence earns by the clock
 * ({@link ClassIndex#creditedMinutes}; a line without times earns the lesson's planned hours, as the sheet says), so
 * a lesson whose schedule is too short for its hours is {@code archive.lesson.compressed}'s, not this check's. One
 * finding per class, naming trainees and days.
 */
public final class AttendanceDailyHoursExceeded implements Check {

  static final String ID = "archive.attendance.daily-hours-exceeded";

  /**
   * Most class hours one day can hold: 8 by default, the project's judgement. No training regulation read fixes a
   * daily cap; the Labour Law (劳动法 §36) fixes a working day of at most 8 hours, trainees sent by employers train in
   * working time, and 8 class hours of 45 minutes (6 hours of teaching) already fill such a day once breaks and
   * meals are counted. More is what records of compressed training (压缩学时) show, e.g. 72 class hours in one day.
   */
  static final Parameter<Integer> MAX_CLASS_HOURS_PER_DAY = Parameter.ofInt(ID, "maxClassHoursPerDay", 8, 1, 24);
  static final Parameter<Integer> OFFLINE_MINUTES = ClassHourParameters.offline(ID);
  static final Parameter<Integer> ONLINE_MINUTES = ClassHourParameters.online(ID);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.TRAINING_MEASURES)
      .regulation(RegulationRef.projectJudgement("一天的培训不超过一个工作日（劳动法第三十六条：每日不超过8小时）"))
      .parameter(MAX_CLASS_HOURS_PER_DAY)
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
    BigDecimal max = BigDecimal.valueOf(context.parameter(MAX_CLASS_HOURS_PER_DAY));
    for (ClassArchive archive : ClassArchive.all(context)) {
      List<String> days = new ArrayList<>();
      Set<String> trainees = new LinkedHashSet<>();
      for (DayCredits.Day day : DayCredits.of(archive, rule, false).values()) {
        BigDecimal hours = day.hours(rule);
        if (hours.compareTo(max) > 0) {
          days.add(DayCredits.label(archive, day) + ": " + hours.setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " h");
          trainees.add(archive.traineeName(day.traineeId));
        }
      }
      if (!days.isEmpty()) {
        archive.finding()
            .arg("traineeCount", trainees.size())
            .arg("count", days.size())
            .arg("maxClassHoursPerDay", max)
            .evidence("traineeDays", days)
            .emit();
      }
    }
  }
}
