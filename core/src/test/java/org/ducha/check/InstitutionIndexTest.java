package org.ducha.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;
import org.ducha.model.Room;
import org.ducha.model.RoomKind;
import org.ducha.model.StaffMember;
import org.ducha.model.TestFixtures;
import org.ducha.model.TrainingClass;
import org.junit.jupiter.api.Test;

/** The shared lookup tables over an institution and its classes. */
class InstitutionIndexTest {

  private static final LocalDate DAY_1 = TestFixtures.CLASS_START;
  private static final LocalDate DAY_2 = DAY_1.plusDays(1);

  /** A class with three lessons (4 + 4 + 2 hours) and lines of every kind for trainee t-1. */
  private static TrainingClass trainingClass() {
    return TestFixtures.trainingClass(TestFixtures.CLASS_ID, List.of("t-1", "t-2")).with(c -> {
      c.lessons.add(new Lesson("l-3", DAY_2, LocalTime.of(14, 0), LocalTime.of(16, 0), "触电急救", TestFixtures.TEACHER,
          new BigDecimal("2"), org.ducha.model.LessonKind.PRACTICAL, org.ducha.model.DeliveryMode.OFFLINE));
      c.attendance.clear();
      // t-1: l-1 signed in and out, twice; l-2 signed in only; l-3 signed out only; a line for a lesson not planned
      c.attendance.add(AttendanceEntry.signed("t-1", "l-1", LocalTime.of(8, 25), LocalTime.of(11, 35)));
      c.attendance.add(AttendanceEntry.signed("t-1", "l-1", LocalTime.of(8, 26), LocalTime.of(11, 36)));
      c.attendance.add(new AttendanceEntry("t-1", "l-2", true, Optional.of(LocalTime.of(8, 25)), false, Optional.empty(), AttendanceMethod.FACE));
      c.attendance.add(new AttendanceEntry("t-1", "l-3", false, Optional.empty(), true, Optional.of(LocalTime.of(16, 5)), AttendanceMethod.FACE));
      c.attendance.add(AttendanceEntry.signed("t-1", "l-unplanned", LocalTime.of(8, 0), LocalTime.of(9, 0)));
      // t-2: every lesson signed in and out
      for (Lesson l : c.lessons) {
        c.attendance.add(AttendanceEntry.signed("t-2", l.id(), l.start(), l.end()));
      }
      c.leaveNotes.add(new LeaveNote("t-1", DAY_2, DAY_2, "病假", Optional.of(TestFixtures.HEAD)));
      return c;
    });
  }

  private final Institution institution = TestFixtures.institution().with(b -> {
    b.classes.set(0, trainingClass());
    b.rooms.add(new Room("site-1", "实训场地", RoomKind.PRACTICAL_TRAINING_SITE, new BigDecimal("200"), 30, true, true, false,
        List.of(TestFixtures.OP)));
    b.rooms.add(TestFixtures.classroom("room-2", "80", 40));
    return b;
  });
  private final InstitutionIndex index = new InstitutionIndex(institution);
  private final ClassIndex classIndex = index.of(institution.classes().get(0));

  @Test
  void attended_hours_count_only_lessons_signed_in_and_out_once_per_lesson() {
    assertThat(classIndex.attendedHours("t-1")).isEqualByComparingTo("4");
    assertThat(classIndex.attendedHours("t-2")).isEqualByComparingTo("10");
    assertThat(classIndex.attendedHours("t-nobody")).isEqualByComparingTo("0");
    assertThat(classIndex.plannedHours()).isEqualByComparingTo("10");
  }

  @Test
  void finds_attendance_lines_by_trainee_and_lesson_first_one_winning() {
    assertThat(classIndex.attendance("t-1", "l-1")).hasValueSatisfying(e -> assertThat(e.signInTime()).contains(LocalTime.of(8, 25)));
    assertThat(classIndex.attendance("t-1", "l-9")).isEmpty();
    assertThat(classIndex.attendance("t-2", "l-3")).isPresent();
    assertThat(classIndex.attendanceOf("t-1")).hasSize(5);
    assertThat(classIndex.attendanceOf("t-nobody")).isEmpty();
  }

  @Test
  void finds_lessons_trainees_and_leave() {
    assertThat(classIndex.trainingClass()).isSameAs(institution.classes().get(0));
    assertThat(classIndex.lesson("l-3")).map(Lesson::hours).contains(new BigDecimal("2"));
    assertThat(classIndex.lesson("l-9")).isEmpty();
    assertThat(classIndex.trainee("t-2")).isPresent();
    assertThat(classIndex.trainee("t-3")).isEmpty();
    assertThat(classIndex.onLeave("t-1", DAY_2)).isTrue();
    assertThat(classIndex.onLeave("t-1", DAY_1)).isFalse();
    assertThat(classIndex.onLeave("t-2", DAY_2)).isFalse();
    assertThat(classIndex.leaveNotes("t-1")).hasSize(1);
    assertThat(classIndex.lessonRecords("l-1")).isEmpty();
    assertThat(classIndex.scoresOf("t-1")).isEmpty();
  }

  @Test
  void the_index_of_a_class_is_built_once_and_shared() {
    assertThat(index.of(institution.classes().get(0))).isSameAs(classIndex);
  }

  @Test
  void finds_staff_rooms_and_operation_types() {
    assertThat(index.institution()).isSameAs(institution);
    assertThat(index.staff(TestFixtures.TEACHER)).map(StaffMember::name).contains("周伟");
    assertThat(index.staff("s-ghost")).isEmpty();
    assertThat(index.rooms(RoomKind.THEORY_CLASSROOM)).extracting(Room::id).containsExactly(TestFixtures.CLASSROOM, "room-2");
    assertThat(index.rooms(RoomKind.PRACTICAL_TRAINING_SITE)).extracting(Room::id).containsExactly("site-1");
    assertThat(index.rooms(RoomKind.COMPUTER_EXAM_ROOM)).isEmpty();
    assertThat(index.operationName(TestFixtures.OP)).isEqualTo("低压电工作业");
    assertThat(index.operationName("unknown-op")).isEqualTo("unknown-op");
    assertThat(index.equipmentFor(TestFixtures.OP)).isEmpty();
    assertThat(index.rosters(org.ducha.model.RosterType.TRAINING_STAFF)).isEmpty();
    assertThat(index.rosterEntries(org.ducha.model.RosterType.TRAINING_STAFF, TestFixtures.TEACHER)).isEmpty();
  }

  @Test
  void duplicate_ids_do_not_break_the_index_the_first_record_wins() {
    Institution duplicated = institution.with(b -> {
      b.staff.add(TestFixtures.staff(TestFixtures.TEACHER, "重名者"));
      return b;
    });

    assertThat(new InstitutionIndex(duplicated).staff(TestFixtures.TEACHER)).map(StaffMember::name).contains("周伟");
  }
}
