package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A practical-training record (实操实训记录) of one day.
 *
 * @param id stable identifier within the class
 * @param date the day
 * @param lessonId the planned practical lesson it records, if stated
 * @param instructorId staff id of the instructor
 * @param equipmentIds equipment used
 * @param traineeIds trainees who took part
 */
public record PracticalRecord(
    @NotBlank String id,
    @NotNull LocalDate date,
    Optional<String> lessonId,
    @NotBlank String instructorId,
    List<@NotBlank String> equipmentIds,
    List<@NotBlank String> traineeIds) {

  public PracticalRecord {
    lessonId = Copies.optional(lessonId);
    equipmentIds = Copies.list(equipmentIds);
    traineeIds = Copies.list(traineeIds);
  }
}
