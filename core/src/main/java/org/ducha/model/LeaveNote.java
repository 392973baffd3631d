package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A trainee's leave note (请假条).
 *
 * @param traineeId the trainee
 * @param from first day of leave
 * @param to last day of leave
 * @param reason the reason written
 * @param approvedBy staff id of who approved it, if anyone signed
 */
public record LeaveNote(
    @NotBlank String traineeId,
    @NotNull LocalDate from,
    @NotNull LocalDate to,
    @NotBlank String reason,
    Optional<String> approvedBy) {

  public LeaveNote {
    approvedBy = Copies.optional(approvedBy);
  }

  /** Whether the note covers {@code date}. */
  public boolean covers(java.time.LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
