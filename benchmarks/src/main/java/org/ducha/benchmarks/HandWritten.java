package org.ducha.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ducha.benchmarks.ThreeChecks.Flag;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.ExamScore;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;
import org.ducha.model.Roster;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.StaffRole;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;

/**
 * The three representative checks as one hand-written pass per class: ids mapped to array positions through hash
 * maps, the sign-in sheets read once into a grid of trainee × lesson, hours summed in ten-thousandths of a class hour
 * as {@code long}s, no engine, no findings beyond the flags. The
 * practical limit of what the engine's checks can cost. Same rules, with the checks' default parameters, as the
 * checks themselves; {@code SmokeTest} shows that the flags are the same.
 */
public final class HandWritten {
  private HandWritten() {}

  private static final int IN = 1;
  private static final int OUT = 2;
  private static final int COMPLETE = IN | OUT;
  private static final int MIN_ATTENDANCE_PERCENT = 100;
  private static final int EXAMINER_WINDOW_MONTHS = 12;

  /** What the three checks flag in {@code institution}. */
  public static List<Flag> inspect(Institution institution) {
    List<Flag> flags = new ArrayList<>();
    for (TrainingClass c : institution.classes()) {
      trainees(institution, c, flags);
    }
    staffOverlap(institution, flags);
    return flags;
  }

  private static void trainees(Institution institution, TrainingClass c, List<Flag> flags) {
    LocalDate date = institution.inspectedOn();
    List<Lesson> lessons = c.lessons();
    List<Trainee> trainees = c.trainees();
    Map<String, Integer> lessonAt = new HashMap<>(lessons.size() * 2);
    // per lesson, worked out once: hours in ten-thousandths, minutes per class hour, whether due, whether compressed
    long[] hoursUnits = new long[lessons.size()];
    long[] perHour = new long[lessons.size()];
    boolean[] due = new boolean[lessons.size()];
    boolean[] compressed = new boolean[lessons.size()];
    long planned = 0;
    for (int i = 0; i < lessons.size(); i++) {
      Lesson l = lessons.get(i);
      lessonAt.putIfAbsent(l.id(), i);
      hoursUnits[i] = ClassHourClock.units(l.hours());
      perHour[i] = ClassHourClock.minutesPerHour(l, date);
      due[i] = l.date().isBefore(date);
      compressed[i] = due[i] && ClassHourClock.compressed(l, date);
      planned += hoursUnits[i];
    }
    Map<String, Integer> traineeAt = new HashMap<>(trainees.size() * 2);
    for (int i = 0; i < trainees.size(); i++) {
      traineeAt.putIfAbsent(trainees.get(i).id(), i);
    }
    int width = lessons.size();
    int[] marks = new int[trainees.size() * width];          // signatures merged over a cell's lines
    boolean[] completeLine = new boolean[trainees.size() * width]; // a single line bears both
    long[] earned = new long[trainees.size() * width];          // by the clock, the best complete line, in 1/10000 h
    boolean[] signedAnywhere = new boolean[trainees.size()];
    boolean[] sheetKept = new boolean[width];
    for (AttendanceEntry e : c.attendance()) {
      Integer t = traineeAt.get(e.traineeId());
      Integer l = lessonAt.get(e.lessonId());
      int m = (e.signedIn() ? IN : 0) | (e.signedOut() ? OUT : 0);
      if (t == null || m == 0) {
        continue;
      }
      signedAnywhere[t] = true;
      if (l != null) {
        marks[t * width + l] |= m;
        completeLine[t * width + l] |= m == COMPLETE;
        earned[t * width + l] = Math.max(earned[t * width + l], ClassHourClock.earned(e, lessons.get(l), hoursUnits[l], perHour[l], date));
        sheetKept[l] = true;
      }
    }
    boolean[] scored = new boolean[trainees.size()];
    for (ExamSession s : c.exams()) {
      for (ExamScore sc : s.scores()) {
        Integer t = traineeAt.get(sc.traineeId());
        if (t != null) {
          scored[t] = true;
        }
      }
    }
    Map<String, List<LeaveNote>> leave = new HashMap<>();
    for (LeaveNote n : c.leaveNotes()) {
      leave.computeIfAbsent(n.traineeId(), k -> new ArrayList<>(2)).add(n);
    }
    long required = planned * MIN_ATTENDANCE_PERCENT;
    for (int t = 0; t < trainees.size(); t++) {
      Trainee trainee = trainees.get(t);
      if (!scored[t]) {
        continue;
      }
      if (!signedAnywhere[t]) {
        flags.add(Flag.trainee(ThreeChecks.SCORE_WITHOUT_ATTENDANCE, institution.id(), c.id(), trainee.name()));
        continue;
      }
      if (planned == 0) {
        continue;
      }
      List<LeaveNote> notes = leave.getOrDefault(trainee.id(), List.of());
      long attended = 0; // ten-thousandths of a class hour
      for (int l = 0; l < width; l++) {
        int cell = t * width + l;
        if (completeLine[cell]) {
          // a lesson scheduled too short for its hours is archive.lesson.compressed's: the complete line earns them all
          attended += compressed[l] ? hoursUnits[l] : earned[cell];
        } else if (compressed[l] && marks[cell] == COMPLETE) {
          attended += hoursUnits[l];
        } else if (due[l] && marks[cell] != COMPLETE && !onLeave(notes, lessons.get(l).date())
            && (marks[cell] != 0 || !sheetKept[l])) {
          // half-signed, or a lesson nobody signed for: other checks' facts, not the trainee's absence
          attended += hoursUnits[l];
        }
      }
      if (attended * 100 < required) {
        flags.add(Flag.trainee(ThreeChecks.HOURS_SHORT, institution.id(), c.id(), trainee.name()));
      }
    }
  }

  private static boolean onLeave(List<LeaveNote> notes, LocalDate day) {
    for (LeaveNote n : notes) {
      if (n.covers(day)) {
        return true;
      }
    }
    return false;
  }

  private static void staffOverlap(Institution institution, List<Flag> flags) {
    if (!institution.operatesExamSite()) {
      return;
    }
    LocalDate date = institution.inspectedOn();
    Map<String, StaffMember> staff = new HashMap<>(institution.staff().size() * 2);
    for (StaffMember s : institution.staff()) {
      staff.putIfAbsent(s.id(), s);
    }
    Map<String, EnumSet<StaffRole>> trainingRoles = new HashMap<>();
    Set<String> examRoster = new HashSet<>();
    for (Roster r : institution.rosters()) {
      for (RosterEntry e : r.entries()) {
        if (r.type() == RosterType.TRAINING_STAFF) {
          trainingRoles.computeIfAbsent(e.staffId(), k -> EnumSet.noneOf(StaffRole.class)).add(e.role());
        } else if (r.type() == RosterType.EXAM_STAFF) {
          examRoster.add(e.staffId());
        }
      }
    }
    Set<String> training = new HashSet<>();
    trainingRoles.forEach((id, roles) -> {
      StaffMember m = staff.get(id);
      if (m != null && m.employedOn(date) && !roles.equals(EnumSet.of(StaffRole.HEAD))) {
        training.add(id);
      }
    });
    Set<String> overlapping = new HashSet<>();
    for (String id : examRoster) {
      StaffMember m = staff.get(id);
      if (training.contains(id) && m.employedOn(date)) {
        overlapping.add(id);
      }
    }
    LocalDate from = date.minusMonths(EXAMINER_WINDOW_MONTHS);
    for (TrainingClass c : institution.classes()) {
      for (ExamSession s : c.exams()) {
        if (s.date().isAfter(from) && !s.date().isAfter(date)) {
          for (String examiner : s.examinerIds()) {
            if (training.contains(examiner)) {
              overlapping.add(examiner);
            }
          }
        }
      }
    }
    for (String id : overlapping) {
      flags.add(new Flag(ThreeChecks.STAFF_OVERLAP, institution.id(), id));
    }
  }
}
