package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An agreement (协议) between the institution and another party.
 *
 * @param id stable identifier within the institution
 * @param type what it is about
 * @param counterparty the other party
 * @param start first day in force
 * @param end last day in force; empty when open-ended
 */
public record Agreement(
    @NotBlank String id,
    @NotNull AgreementType type,
    @NotBlank String counterparty,
    @NotNull LocalDate start,
    Optional<LocalDate> end) {

  public Agreement {
    end = Copies.optional(end);
  }

  /** Whether the agreement is in force on {@code date}. */
  public boolean coversDate(LocalDate date) {
    return !date.isBefore(start) && end.map(e -> !date.isAfter(e)).orElse(true);
  }

}
