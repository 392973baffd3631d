package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A planned lesson (课程安排) of a class's teaching plan.
 *
 * @param id stable identifier within the class
 * @param date the day it is scheduled
 * @param start scheduled start time
 * @param end scheduled end time
 * @param course the course (课程) the plan schedules
 * @param teacherId staff id of the teacher the plan names
 * @param hours class hours (学时) the plan credits
 * @param kind theory or practical
 * @param mode online or offline
 */
public record Lesson(
    @NotBlank String id,
    @NotNull LocalDate date,
    @NotNull LocalTime start,
    @NotNull LocalTime end,
    @NotBlank String course,
    @NotBlank String teacherId,
    @NotNull @Positive BigDecimal hours,
    @NotNull LessonKind kind,
    @NotNull DeliveryMode mode) {}
