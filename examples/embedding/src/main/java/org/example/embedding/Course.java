package org.example.embedding;

import java.time.LocalDate;
import java.util.List;

/**
 * A course (one intake of one programme) with its timetable, enrolments and the forms filed for it.
 *
 * @param code the course code, e.g. {@code LV-2025-05}
 * @param title its title
 * @param operation code of the operation it trains for, e.g. {@code electrician-low-voltage}
 * @param operationName the operation's name, e.g. 低压电工作业
 * @param refresher whether it is a refresher course
 * @param firstDay the first day
 * @param lastDay the last day
 * @param coordinatorId staff number of the manager who looks after the class (班主任)
 * @param sessions the timetable, with what was delivered
 * @param enrollments the students, with their check-ins and results
 * @param forms the forms filed in the course's archive
 * @param examDay the day of the final exam
 * @param archiveBound whether the archive has been bound
 */
public record Course(String code, String title, String operation, String operationName, boolean refresher, LocalDate firstDay,
    LocalDate lastDay, String coordinatorId, List<Session> sessions, List<Enrollment> enrollments, List<FiledForm> forms,
    LocalDate examDay, boolean archiveBound) {
  public Course {
    sessions = List.copyOf(sessions);
    enrollments = List.copyOf(enrollments);
    forms = List.copyOf(forms);
  }

  /** A copy with one more enrolment. */
  public Course withEnrollment(Enrollment enrollment) {
    List<Enrollment> more = new java.util.ArrayList<>(enrollments);
    more.add(enrollment);
    return new Course(code, title, operation, operationName, refresher, firstDay, lastDay, coordinatorId, sessions, more, forms,
        examDay, archiveBound);
  }
}
