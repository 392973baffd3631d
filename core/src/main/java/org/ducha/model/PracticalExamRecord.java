package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalTime;
import java.util.Optional;

/**
 * One candidate's record of a practical exam (实操考试记录): where and on what the candidate was examined, when,
 * and by whom. The trace that a practical exam was really held for the candidate, beside the score on the sheet.
 *
 * @param traineeId the candidate
 * @param station the exam station or the equipment operated (考位/设备), as the record names it
 * @param start the time the candidate's exam began, if recorded
 * @param end the time it ended, if recorded
 * @param examinerId staff id of the examiner (考评员) who scored it
 */
public record PracticalExamRecord(
    @NotBlank String traineeId,
    @NotBlank String station,
    Optional<LocalTime> start,
    Optional<LocalTime> end,
    @NotBlank String examinerId) {

  public PracticalExamRecord {
    start = Copies.optional(start);
    end = Copies.optional(end);
  }
}
