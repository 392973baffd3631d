package org.example.shanxi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonRecord;
import org.ducha.model.StaffMember;
import org.ducha.model.TrainingClass;

/**
 * 教师单日授课学时超限: a teacher delivered more class hours on one day, across all classes of the institution, than
 * the local limit {@code maxHoursPerDay} (8 unless a profile says otherwise). One finding per teacher, naming the
 * days.
 *
 * <p>The hours of a delivered lesson (授课记录) are those its planned lesson credits. No regulation read fixes a
 * teacher's daily load: this is the example's own local rule, and its regulation reference says so.
 *
 * <p>Stateless: everything it needs comes from the institution and the context. It reads each class's lessons and
 * delivery records once, through hash maps, so its work is linear in the records.
 */
public final class TeacherDailyHours implements Check {

  static final String ID = "shanxi.teacher.daily-hours";

  /** Most class hours one teacher may deliver on one day: the example's own number. */
  static final Parameter<Integer> MAX_HOURS_PER_DAY = Parameter.ofInt(ID, "maxHoursPerDay", 8, 1, 24);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, ShanxiPack.CHECKS_OF_SHANXI)
      .severity(Severity.MINOR)
      .regulation(ShanxiPack.exampleRule("每名教师每日授课不超过8学时"))
      .parameter(MAX_HOURS_PER_DAY)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    // teacher -> day -> hours, sorted by day for stable output; teachers in the order of their first lesson
    Map<String, TreeMap<LocalDate, BigDecimal>> load = new java.util.LinkedHashMap<>();
    for (TrainingClass c : institution.classes()) {
      Map<String, Lesson> lessons = new HashMap<>();
      for (Lesson l : c.lessons()) {
        lessons.put(l.id(), l);
      }
      for (LessonRecord r : c.lessonRecords()) {
        Lesson planned = lessons.get(r.lessonId());
        if (planned != null) {
          load.computeIfAbsent(r.teacherId(), k -> new TreeMap<>()).merge(r.date(), planned.hours(), BigDecimal::add);
        }
      }
    }
    BigDecimal max = BigDecimal.valueOf(context.parameter(MAX_HOURS_PER_DAY));
    load.forEach((teacherId, days) -> {
      List<LocalDate> over = days.entrySet().stream().filter(e -> e.getValue().compareTo(max) > 0).map(Map.Entry::getKey).toList();
      Optional<StaffMember> teacher = context.index().staff(teacherId);
      if (over.isEmpty() || teacher.isEmpty()) {
        return;
      }
      BigDecimal most = over.stream().map(days::get).max(BigDecimal::compareTo).orElseThrow();
      context.finding(Subject.staff(teacher.get()))
          .arg("name", teacher.get().name())
          .arg("dates", over)
          .arg("hours", most)
          .arg("max", max)
          .evidence("hoursByDay", over.stream().map(d -> d + "=" + days.get(d).toPlainString()).toList())
          .emit();
    });
  }
}
