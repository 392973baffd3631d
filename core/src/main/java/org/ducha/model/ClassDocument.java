package org.ducha.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A document or form in a class archive, with what is written on it.
 *
 * @param id stable identifier within the class
 * @param type what it is
 * @param traineeId the trainee it concerns, for per-trainee forms such as archive cards
 * @param dated the date written on it, if any
 * @param sealed whether it bears the institution's seal
 * @param fields named fields and what is written in them (blank when left empty); see {@link FormFields}
 * @param rows table rows, for tabular forms
 */
public record ClassDocument(
    @NotBlank String id,
    @NotNull ClassDocumentType type,
    Optional<String> traineeId,
    Optional<LocalDate> dated,
    boolean sealed,
    Map<@NotBlank String, @NotNull String> fields,
    List<@NotNull @Valid FormRow> rows) {

  public ClassDocument {
    traineeId = Copies.optional(traineeId);
    dated = Copies.optional(dated);
    fields = Copies.map(fields);
    rows = Copies.list(rows);
  }

  /** A dated, sealed document of the given type with no fields or rows. */
  public static ClassDocument of(String id, ClassDocumentType type, LocalDate dated) {
    return new ClassDocument(id, type, Optional.empty(), Optional.of(dated), true, Map.of(), List.of());
  }

  /** Whether {@code field} is present and not blank. */
  public boolean filled(String field) {
    String v = fields.get(field);
    return v != null && !v.isBlank();
  }
}
