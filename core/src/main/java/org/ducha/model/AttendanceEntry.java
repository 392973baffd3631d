package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.Optional;

/**
 * One line of a sign-in sheet (签到表): a trainee for a lesson. A trainee with no line for a lesson
 * did not appear on that lesson's sheet.
 *
 * @param traineeId the trainee
 * @param lessonId the lesson
 * @param signedIn whether the line bears a sign-in (签到)
 * @param signInTime the sign-in time written or recorded, if any
 * @param signedOut whether the line bears a sign-out (签退)
 * @param signOutTime the sign-out time, if any
 * @param method how it was recorded
 */
public record AttendanceEntry(
    @NotBlank String traineeId,
    @NotBlank String lessonId,
    boolean signedIn,
    Optional<LocalTime> signInTime,
    boolean signedOut,
    Optional<LocalTime> signOutTime,
    @NotNull AttendanceMethod method) {

  public AttendanceEntry {
    signInTime = Copies.optional(signInTime);
    signOutTime = Copies.optional(signOutTime);
  }

  /** A complete line: signed in and out, with both times, by hand signature. */
  public static AttendanceEntry signed(String traineeId, String lessonId, LocalTime in, LocalTime out) {
    return new AttendanceEntry(traineeId, lessonId, true, Optional.of(in), true, Optional.of(out), AttendanceMethod.SIGNATURE);
  }
}
