package org.ducha.checks.facilities;

import java.util.Optional;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.Room;
import org.ducha.model.TrainingClass;

/**
 * 培训班人数超过最大理论教室座位数: a class with offline theory lessons has more trainees than the largest fixed theory
 * classroom seats, so it cannot have been taught together in a classroom. One finding per class. An institution
 * without any fixed classroom is {@link ClassroomInadequate}'s finding.
 */
public final class ClassExceedsClassroom implements Check {

  static final String ID = "facilities.classroom.class-exceeds-seats";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.FACILITIES)
      .topic("facilities.rooms")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.5"))
      .regulation(Regulations.aq2023("4.2"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    Optional<Room> largest = FixedClassrooms.of(context.index()).largest();
    if (largest.isEmpty()) {
      return;
    }
    for (TrainingClass c : institution.classes()) {
      int trainees = c.trainees().size();
      if (trainees > largest.get().seats() && hasOfflineTheory(c)) {
        context.finding(Subject.trainingClass(c))
            .arg("classDate", c.start())
            .arg("className", c.name())
            .arg("traineeCount", trainees)
            .arg("roomName", largest.get().name())
            .arg("largestSeats", largest.get().seats())
            .evidence("traineeCount", trainees)
            .evidence("largestClassroom", largest.get().id())
            .evidence("largestSeats", largest.get().seats())
            .emit();
      }
    }
  }

  private static boolean hasOfflineTheory(TrainingClass c) {
    for (Lesson l : c.lessons()) {
      if (l.kind() == LessonKind.THEORY && l.mode() == DeliveryMode.OFFLINE) {
        return true;
      }
    }
    return false;
  }
}
