package org.ducha.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Small, valid institutions for the core's own tests (the test kit depends on the core, so the core cannot
 * use its fixtures). One operation type, two staff, a classroom, one class of three trainees and two
 * lessons, every trainee signed in and out of every lesson.
 */
public final class TestFixtures {
  private TestFixtures() {}

  /** Inspection date of {@link #institution()}: under AQ/T 8011-2016, during the 2021–2022 campaign. */
  public static final LocalDate INSPECTED_ON = LocalDate.of(2022, 4, 20);
  public static final String INSTITUTION_ID = "inst-1";
  public static final String OP = "electrician-low-voltage";
  public static final String TEACHER = "s-teacher";
  public static final String HEAD = "s-head";
  public static final String CLASSROOM = "room-1";
  public static final String CLASS_ID = "c-1";
  public static final LocalDate CLASS_START = LocalDate.of(2022, 3, 7);
  public static final List<String> TRAINEES = List.of("t-1", "t-2", "t-3");

  /** The valid institution {@value #INSTITUTION_ID}. */
  public static Institution institution() {
    return institution(INSTITUTION_ID);
  }

  /** A valid institution with {@code id}; its name is derived from the id. */
  public static Institution institution(String id) {
    Institution.Builder b = Institution.builder()
        .id(id)
        .name("示例安全培训中心 " + id)
        .legalForm(LegalForm.PUBLIC_INSTITUTION_LEGAL_PERSON)
        .inspectedOn(INSPECTED_ON)
        .headId(HEAD);
    b.operationTypes.add(new OperationType(OP, "低压电工作业", OperationCategory.SPECIAL_OPERATION));
    b.staff.add(staff(HEAD, "王建国"));
    b.staff.add(staff(TEACHER, "周伟"));
    b.rooms.add(classroom(CLASSROOM, "120", 64));
    b.classes.add(trainingClass(CLASS_ID, TRAINEES));
    return b.build();
  }

  /** A staff member hired in 2015 on a labour contract. */
  public static StaffMember staff(String id, String name) {
    return new StaffMember(id, name, Employment.LABOUR_CONTRACT, Optional.empty(), List.of(OP), List.of(),
        LocalDate.of(2015, 3, 1), Optional.empty(), Optional.of(10));
  }

  /** A fixed theory classroom. */
  public static Room classroom(String id, String area, int seats) {
    return new Room(id, "理论教室 " + id, RoomKind.THEORY_CLASSROOM, new BigDecimal(area), seats, true, true, false, List.of());
  }

  /** A four-hour theory lesson taught by {@link #TEACHER}. */
  public static Lesson lesson(String id, LocalDate day) {
    return new Lesson(id, day, LocalTime.of(8, 30), LocalTime.of(11, 30), "电工基础知识", TEACHER, new BigDecimal("4"),
        LessonKind.THEORY, DeliveryMode.OFFLINE);
  }

  /** A class starting {@link #CLASS_START} with two lessons, each trainee signed in and out of both. */
  public static TrainingClass trainingClass(String id, List<String> traineeIds) {
    TrainingClass.Builder c = TrainingClass.builder().id(id).name("低压电工初训班").operationType(OP)
        .kind(TrainingKind.INITIAL).mode(DeliveryMode.OFFLINE)
        .start(CLASS_START).end(CLASS_START.plusDays(1)).headTeacherId(TEACHER);
    c.lessons.add(lesson("l-1", CLASS_START));
    c.lessons.add(lesson("l-2", CLASS_START.plusDays(1)));
    for (String t : traineeIds) {
      c.trainees.add(new Trainee(t, "学员" + t, Optional.empty()));
      for (Lesson l : c.lessons) {
        c.attendance.add(AttendanceEntry.signed(t, l.id(), l.start().minusMinutes(5), l.end().plusMinutes(5)));
      }
    }
    return c.build();
  }

  /** {@code count} trainee ids {@code t-1 … t-count}. */
  public static List<String> trainees(int count) {
    return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> "t-" + i).toList();
  }
}
