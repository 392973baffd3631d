package org.ducha.checks.staffing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.StaffMember;
import org.ducha.model.TrainingClass;

/**
 * 同一教师同一时段被安排讲授两节课: the teaching plans name one teacher for two offline lessons, of the same class or
 * of two classes, whose times overlap on the same day. One finding per teacher, listing the clashes.
 *
 * <p>Only offline lessons count: an online lesson may be recorded courseware that needs no teacher at that hour.
 */
public final class TeacherDoubleBooked implements Check {

  static final String ID = "staffing.teacher.double-booked";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.teaching")
      .severity(Severity.MAJOR)
      .regulation(RegulationRef.projectJudgement(
          "A teacher cannot give two lessons at once: such a plan was not followed, or was drawn up without enough teachers."))
      .build();

  /** A planned lesson with the class it belongs to. */
  private record Slot(TrainingClass trainingClass, Lesson lesson) {
    LocalTime start() {
      return lesson.start();
    }

    String label() {
      return trainingClass.name() + " " + lesson.date() + " " + lesson.start() + "-" + lesson.end() + " " + lesson.course();
    }
  }

  private record Day(String teacherId, LocalDate date) {}

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    Map<Day, List<Slot>> byDay = new HashMap<>();
    for (TrainingClass c : institution.classes()) {
      for (Lesson l : c.lessons()) {
        if (l.mode() == DeliveryMode.OFFLINE) {
          byDay.computeIfAbsent(new Day(l.teacherId(), l.date()), k -> new ArrayList<>()).add(new Slot(c, l));
        }
      }
    }
    Map<String, List<String>> clashes = new HashMap<>();
    Map<String, TreeSet<LocalDate>> dates = new HashMap<>();
    for (Map.Entry<Day, List<Slot>> e : byDay.entrySet()) {
      List<Slot> slots = e.getValue();
      if (slots.size() < 2) {
        continue;
      }
      slots.sort(Comparator.comparing(Slot::start).thenComparing(s -> s.lesson().end()));
      // Sweep: a lesson starting before the latest end so far overlaps the lesson that ends there.
      Slot latest = slots.get(0);
      for (Slot s : slots.subList(1, slots.size())) {
        if (s.start().isBefore(latest.lesson().end())) {
          String teacher = e.getKey().teacherId();
          clashes.computeIfAbsent(teacher, k -> new ArrayList<>()).add(latest.label() + " / " + s.label());
          dates.computeIfAbsent(teacher, k -> new TreeSet<>()).add(e.getKey().date());
        }
        if (s.lesson().end().isAfter(latest.lesson().end())) {
          latest = s;
        }
      }
    }
    // Report in the order teachers first appear in the plans, for stable output.
    Map<String, StaffMember> teachers = new LinkedHashMap<>();
    for (TrainingClass c : institution.classes()) {
      for (Lesson l : c.lessons()) {
        if (clashes.containsKey(l.teacherId()) && !teachers.containsKey(l.teacherId())) {
          Optional<StaffMember> m = context.index().staff(l.teacherId());
          m.ifPresent(member -> teachers.put(l.teacherId(), member));
        }
      }
    }
    teachers.forEach((id, member) -> {
      List<String> list = clashes.get(id);
      list.sort(Comparator.naturalOrder());
      context.finding(Subject.staff(member))
          .arg("name", member.name())
          .arg("dates", List.copyOf(dates.get(id)))
          .arg("count", list.size())
          .evidence("clashes", List.copyOf(list))
          .emit();
    });
  }
}
