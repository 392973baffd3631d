package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.ducha.model.LessonRecord;

/**
 * 压缩培训学时（授课记录）: the teacher's side — a delivered lesson record gives the times teaching began and ended,
 * and that time cannot hold the class hours of the lesson it delivers, at the minutes per class hour of the rulebook
 * in force (see {@link ClassHourParameters}), although the lesson's schedule could. One finding per class, naming
 * the records.
 *
 * <p>Records without both times, or whose end is not after the start, say nothing about length and are left out.
 * When the schedule itself cannot hold the hours, {@code archive.lesson.compressed} reports the lesson and this check
 * stays silent on it: one short lesson, one finding.
 */
public final class LessonRecordCompressed implements Check {

  static final String ID = "archive.lesson-record.compressed";

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
      List<String> records = new ArrayList<>();
      List<String> teachers = new ArrayList<>();
      for (LessonRecord r : archive.trainingClass().lessonRecords()) {
        Optional<Lesson> lesson = archive.index().lesson(r.lessonId());
        if (lesson.isEmpty() || r.start().isEmpty() || r.end().isEmpty() || !r.end().get().isAfter(r.start().get())) {
          continue;
        }
        Lesson l = lesson.get();
        if (!rule.holds(ClassIndex.minutesBetween(l.start(), l.end()), l)) {
          continue;
        }
        long minutes = ClassIndex.minutesBetween(r.start().get(), r.end().get());
        if (!rule.holds(minutes, l)) {
          records.add(r.date() + " " + r.start().get() + "-" + r.end().get() + " " + r.topic() + ": "
              + ClassHourParameters.tooShort(rule, minutes, l));
          String teacher = archive.staffName(r.teacherId());
          if (!teachers.contains(teacher)) {
            teachers.add(teacher);
          }
        }
      }
      if (!records.isEmpty()) {
        archive.finding()
            .arg("count", records.size())
            .evidence("records", records)
            .evidence("teachers", teachers)
            .evidence("offlineMinutesPerClassHour", rule.offlineMinutes())
            .evidence("onlineMinutesPerClassHour", rule.onlineMinutes())
            .emit();
      }
    }
  }
}
