package org.example.embedding;

import java.util.Map;
import java.util.Optional;

/**
 * A student enrolled in a course, with the check-ins of the attendance terminal and the exam results.
 *
 * @param studentId the student's number (the same in every course)
 * @param name the student's name
 * @param employer the employer that sent them, if any
 * @param checkIns the terminal's check-ins, by session id
 * @param theoryScore the theory exam score, once examined
 * @param practicalScore the practical exam score, once examined
 */
public record Enrollment(String studentId, String name, Optional<String> employer, Map<String, CheckIn> checkIns,
    Optional<Integer> theoryScore, Optional<Integer> practicalScore) {
  public Enrollment {
    checkIns = Map.copyOf(checkIns);
  }
}
