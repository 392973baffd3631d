package org.example.embedding;

import java.util.List;

/**
 * A training centre as the management system keeps it.
 *
 * @param code the centre's code in the system
 * @param name its registered name
 * @param managers the administrative staff
 * @param teachers lecturers and practical instructors
 * @param courses the courses run, with their enrolments
 */
public record Centre(String code, String name, List<Manager> managers, List<Teacher> teachers, List<Course> courses) {
  public Centre {
    managers = List.copyOf(managers);
    teachers = List.copyOf(teachers);
    courses = List.copyOf(courses);
  }

  /** A copy with {@code course} in place of the course with the same code. */
  public Centre withCourse(Course course) {
    return new Centre(code, name, managers, teachers,
        courses.stream().map(c -> c.code().equals(course.code()) ? course : c).toList());
  }
}
