package org.ducha.model;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * One trainee's score on a score sheet (成绩表).
 *
 * @param traineeId the trainee
 * @param score the score, out of 100
 * @param attempt 1 for the first sitting, 2 for the retake (补考)
 */
public record ExamScore(
    @NotBlank String traineeId,
    @NotNull @DecimalMin(value = "0", message = "must be at least 0") @DecimalMax(value = "100", message = "must be at most 100") BigDecimal score,
    @Positive int attempt) {}
