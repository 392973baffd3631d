package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A certificate (证书) held by a staff member.
 *
 * @param type what it attests
 * @param number certificate number
 * @param operationType operation-type code it covers, if any
 * @param issuedOn issue date
 * @param validUntil last day of validity; empty when it does not expire
 */
public record Certificate(
    @NotNull CertificateType type,
    @NotBlank String number,
    Optional<String> operationType,
    @NotNull LocalDate issuedOn,
    Optional<LocalDate> validUntil) {

  public Certificate {
    operationType = Copies.optional(operationType);
    validUntil = Copies.optional(validUntil);
  }

  /** Whether the certificate is valid on {@code date}. */
  public boolean validOn(LocalDate date) {
    return !date.isBefore(issuedOn) && validUntil.map(u -> !date.isAfter(u)).orElse(true);
  }
}
