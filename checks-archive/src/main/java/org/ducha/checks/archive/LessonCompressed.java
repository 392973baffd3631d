package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.ClassIndex;
import org.ducha.check.Parameter;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;

/**
 * 压缩培训学时（课程安排）: a planned lesson, due before the inspection, whose scheduled time from start to end cannot
 * hold the class hours it credits, at the minutes per class hour of the rulebook in force (see {@link
 * ClassHourParameters}): e.g. 20 minutes crediting 4 class hours. One finding per class, naming the lessons.
 *
 * <p>The plan's own compression is this check's; a delivered lesson record whose times are shorter than a schedule
 * that could hold the hours is {@code archive.lesson-record.compressed}'s, so that one short lesson gives one
 * finding. A trainee who signed for the whole of a compressed lesson is not also reported short of hours for it
 * ({@code archive.exam.hours-short}).
 */
public final class LessonCompressed implements Check {

  static final String ID = "archive.lesson.compressed";

  static final Parameter<Integer> OFFLINE_MINUTES = ClassHourParameters.offline(ID);
  static final Parameter<Integer> ONLINE_MINUTES = ClassHourParameters.online(ID);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.aq2023("4.4"))
      .regulation(Regulations.TRAINING_MEASURES)
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
      List<String> lessons = new ArrayList<>();
      for (Lesson l : archive.dueLessons()) {
        long minutes = ClassIndex.minutesBetween(l.start(), l.end());
        if (!rule.holds(minutes, l)) {
          lessons.add(ClassArchive.label(l) + " " + l.start() + "-" + l.end() + ": " + ClassHourParameters.tooShort(rule, minutes, l));
        }
      }
      if (!lessons.isEmpty()) {
        archive.finding()
            .arg("count", lessons.size())
            .evidence("lessons", lessons)
            .evidence("offlineMinutesPerClassHour", rule.offlineMinutes())
            .evidence("onlineMinutesPerClassHour", rule.onlineMinutes())
            .emit();
      }
    }
  }
}
