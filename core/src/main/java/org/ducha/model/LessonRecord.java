package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The record of a lesson as delivered (授课记录/教学日志).
 *
 * @param lessonId the planned lesson it delivers
 * @param date the day it was taught
 * @param topic the topic actually taught, as written in the record
 * @param teacherId staff id of the teacher who actually taught
 * @param teacherSigned whether the teacher signed the record (教师签到)
 */
public record LessonRecord(
    @NotBlank String lessonId,
    @NotNull LocalDate date,
    @NotBlank String topic,
    @NotBlank String teacherId,
    boolean teacherSigned) {}
