package org.ducha.checks.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;

/**
 * 请假期间签到签退: a trainee signed in and out for every lesson of a day that their own leave note covers — the
 * leave note and the sign-in sheet contradict each other. Leave notes name days, not hours, so a trainee who
 * signed for only some lessons of such a day (a half-day leave) is not reported. One finding per class.
 */
public final class AttendanceDuringLeave implements Check {

  static final String ID = "archive.attendance.during-leave";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .regulation(RegulationRef.projectJudgement("请假条与签到表对同一天的记录相互矛盾，二者必有一处不真实"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (ClassArchive archive : ClassArchive.all(context)) {
      if (archive.trainingClass().leaveNotes().isEmpty()) {
        continue;
      }
      TreeMap<LocalDate, List<Lesson>> byDay = new TreeMap<>();
      for (Lesson l : archive.dueLessons()) {
        byDay.computeIfAbsent(l.date(), d -> new ArrayList<>()).add(l);
      }
      if (byDay.isEmpty()) {
        continue;
      }
      AttendanceGrid grid = AttendanceGrid.of(archive);
      Set<String> days = new LinkedHashSet<>();
      Set<String> trainees = new LinkedHashSet<>();
      for (LeaveNote n : archive.trainingClass().leaveNotes()) {
        for (Map.Entry<LocalDate, List<Lesson>> day : byDay.subMap(n.from(), true, n.to(), true).entrySet()) {
          if (signedAll(grid, n.traineeId(), day.getValue())) {
            String name = archive.traineeName(n.traineeId());
            days.add(name + " " + day.getKey());
            trainees.add(name);
          }
        }
      }
      if (!days.isEmpty()) {
        archive.finding()
            .arg("traineeCount", trainees.size())
            .arg("count", days.size())
            .evidence("trainees", new ArrayList<>(trainees))
            .evidence("days", new ArrayList<>(days))
            .emit();
      }
    }
  }

  private static boolean signedAll(AttendanceGrid grid, String traineeId, List<Lesson> lessons) {
    for (Lesson l : lessons) {
      if (grid.marks(traineeId, l.id()) != AttendanceGrid.COMPLETE) {
        return false;
      }
    }
    return true;
  }
}
