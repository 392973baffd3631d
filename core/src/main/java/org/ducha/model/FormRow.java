package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One row of a tabular form, such as a line of the teaching-plan execution form (教学计划执行表).
 *
 * @param lessonId the planned lesson the row refers to, if it names one
 * @param course the course written on the row
 * @param hours the class hours written on the row, if any
 * @param teacherId staff id of the teacher the row names, if any
 * @param signed whether the row bears the teacher's signature
 */
public record FormRow(
    Optional<String> lessonId,
    @NotBlank String course,
    Optional<@PositiveOrZero BigDecimal> hours,
    Optional<String> teacherId,
    boolean signed) {

  public FormRow {
    lessonId = Copies.optional(lessonId);
    hours = Copies.optional(hours);
    teacherId = Copies.optional(teacherId);
  }
}
