package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The record of a lesson as delivered (授课记录/教学日志).
 *
 * @param lessonId the planned lesson it delivers
 * @param date the day it was taught
 * @param topic the topic actually taught, as written in the record
 * @param teacherId staff id of the teacher who actually taught
 * @param teacherSigned whether the teacher signed the record (教师签到)
 * @param start the time the record says teaching began, if it gives one
 * @param end the time the record says teaching ended, if it gives one
 */
public record LessonRecord(
    @NotBlank String lessonId,
    @NotNull LocalDate date,
    @NotBlank String topic,
    @NotBlank String teacherId,
    boolean teacherSigned,
    Optional<LocalTime> start,
    Optional<LocalTime> end) {

  public LessonRecord {
    start = Copies.optional(start);
    end = Copies.optional(end);
  }

  /** A record that gives no times. */
  public LessonRecord(String lessonId, LocalDate date, String topic, String teacherId, boolean teacherSigned) {
    this(lessonId, date, topic, teacherId, teacherSigned, Optional.empty(), Optional.empty());
  }
}
