package org.ducha.checks.archive;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.TrainingClass;

/**
 * 同一学员同一时段在两个培训班签到: the same trainee (same id across the institution's classes) signed for two
 * lessons of different classes whose times overlap on the same day — at least one of the two signatures is false
 * (代签). One finding per trainee.
 *
 * <p>An offline lesson occupies its planned time; an online lesson the time between the sign-in and sign-out the
 * platform recorded, and no time when it recorded none (it may have been watched at another time). Built from
 * one index over all classes: lines grouped by trainee and day, each group sorted and swept once.
 */
public final class AttendanceDoublePresence implements Check {

  static final String ID = "archive.attendance.double-presence";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.CRITICAL)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .regulation(RegulationRef.projectJudgement("同一人不能同一时段在两个培训班上课，两处签到至少有一处不真实"))
      .build();

  /** A signed line placed in time. */
  private record Slot(String traineeId, TrainingClass trainingClass, Lesson lesson, LocalDate date, LocalTime from, LocalTime to) {}

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    if (institution.classes().size() < 2) {
      return;
    }
    Map<String, List<Slot>> byTraineeAndDay = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (TrainingClass c : institution.classes()) {
      ClassArchive archive = new ClassArchive(c, context);
      for (AttendanceEntry e : c.attendance()) {
        if (!e.signedIn() && !e.signedOut()) {
          continue;
        }
        Optional<Lesson> lesson = archive.index().lesson(e.lessonId());
        if (lesson.isEmpty()) {
          continue;
        }
        slot(e, c, lesson.get()).ifPresent(s -> {
          byTraineeAndDay.computeIfAbsent(s.traineeId() + '\u001f' + s.date(), k -> new ArrayList<>()).add(s);
          names.putIfAbsent(s.traineeId(), archive.traineeName(s.traineeId()));
        });
      }
    }
    Map<String, List<String>> conflicts = new LinkedHashMap<>();
    Map<String, TreeSet<LocalDate>> dates = new LinkedHashMap<>();
    Map<String, Set<String>> classes = new LinkedHashMap<>();
    for (List<Slot> day : byTraineeAndDay.values()) {
      if (day.size() < 2) {
        continue;
      }
      day.sort(Comparator.comparing(Slot::from).thenComparing(Slot::to));
      List<Slot> open = new ArrayList<>();
      for (Slot s : day) {
        open.removeIf(o -> !o.to().isAfter(s.from()));
        for (Slot o : open) {
          if (o.trainingClass() != s.trainingClass()) {
            String t = s.traineeId();
            conflicts.computeIfAbsent(t, k -> new ArrayList<>()).add(describe(o) + " / " + describe(s));
            dates.computeIfAbsent(t, k -> new TreeSet<>()).add(s.date());
            Set<String> cs = classes.computeIfAbsent(t, k -> new LinkedHashSet<>());
            cs.add(o.trainingClass().name());
            cs.add(s.trainingClass().name());
          }
        }
        open.add(s);
      }
    }
    for (Map.Entry<String, List<String>> c : conflicts.entrySet()) {
      String traineeId = c.getKey();
      String name = names.get(traineeId);
      context.finding(Subject.of(SubjectKind.TRAINEE, traineeId, name))
          .arg("traineeName", name)
          .arg("dates", new ArrayList<>(dates.get(traineeId)))
          .arg("classNames", new ArrayList<>(classes.get(traineeId)))
          .arg("count", c.getValue().size())
          .evidence("overlaps", c.getValue())
          .emit();
    }
  }

  private static Optional<Slot> slot(AttendanceEntry e, TrainingClass c, Lesson l) {
    if (l.mode() == DeliveryMode.ONLINE) {
      if (e.signInTime().isEmpty() || e.signOutTime().isEmpty() || !e.signOutTime().get().isAfter(e.signInTime().get())) {
        return Optional.empty();
      }
      return Optional.of(new Slot(e.traineeId(), c, l, l.date(), e.signInTime().get(), e.signOutTime().get()));
    }
    return Optional.of(new Slot(e.traineeId(), c, l, l.date(), l.start(), l.end()));
  }

  private static String describe(Slot s) {
    return s.date() + " " + s.from() + "-" + s.to() + " " + s.trainingClass().name() + " " + s.lesson().course();
  }
}
