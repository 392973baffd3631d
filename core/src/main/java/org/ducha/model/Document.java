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
 * @param hazards for an emergency plan: the incidents it provides for, as its text names them (empty when it names
 *     none or the records do not say)
 * @param standards the standards the document says it was written to (编制依据), as their codes are printed on it,
 *     e.g. {@code GB/T 29639-2020}; empty when it names none
 */
public record Document(
    @NotBlank String id,
    @NotNull DocumentType type,
    @NotBlank String title,
    Optional<String> number,
    Optional<LocalDate> issuedOn,
    @PositiveOrZero int pages,
    boolean sealed,
    List<@NotNull LocalDate> revisedOn,
    List<@NotNull Hazard> hazards,
    List<@NotBlank String> standards) {

  public Document {
    number = Copies.optional(number);
    issuedOn = Copies.optional(issuedOn);
    revisedOn = Copies.list(revisedOn);
    hazards = Copies.list(hazards);
    standards = Copies.list(standards);
  }

  /** A document that names no hazards and no standards: the components before those two were recorded. */
  public Document(String id, DocumentType type, String title, Optional<String> number, Optional<LocalDate> issuedOn,
      int pages, boolean sealed, List<LocalDate> revisedOn) {
    this(id, type, title, number, issuedOn, pages, sealed, revisedOn, List.of(), List.of());
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

  /** This document with {@code hazards} as the incidents it provides for. */
  public Document withHazards(List<Hazard> hazards) {
    return new Document(id, type, title, number, issuedOn, pages, sealed, revisedOn, hazards, standards);
  }

  /** This document with {@code standards} as the standards it says it was written to. */
  public Document withStandards(List<String> standards) {
    return new Document(id, type, title, number, issuedOn, pages, sealed, revisedOn, hazards, standards);
  }
}
