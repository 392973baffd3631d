package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A governance document of the institution (制度、方案、预案等文件), as found in its files.
 *
 * @param id stable identifier within the institution
 * @param type what the document is
 * @param title its title
 * @param number document number (文号), when it was issued as a formal document
 * @param issuedOn issue date, if the document bears one
 * @param pages number of pages
 * @param sealed whether it bears the institution's seal (盖章)
 * @param revisedOn dates of later revisions, in any order
 */
public record Document(
    @NotBlank String id,
    @NotNull DocumentType type,
    @NotBlank String title,
    Optional<String> number,
    Optional<LocalDate> issuedOn,
    @PositiveOrZero int pages,
    boolean sealed,
    List<@NotNull LocalDate> revisedOn) {

  public Document {
    number = Copies.optional(number);
    issuedOn = Copies.optional(issuedOn);
    revisedOn = Copies.list(revisedOn);
  }

  /** The latest of the issue date and all revision dates; empty when the document bears no date. */
  public Optional<LocalDate> lastRevisedOn() {
    LocalDate latest = issuedOn.orElse(null);
    for (LocalDate d : revisedOn) {
      if (d != null && (latest == null || d.isAfter(latest))) {
        latest = d;
      }
    }
    return Optional.ofNullable(latest);
  }
}
