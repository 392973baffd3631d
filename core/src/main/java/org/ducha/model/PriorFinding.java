package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A finding of an earlier inspection (前次检查发现的问题) as kept in the institution's rectification file.
 *
 * @param id stable identifier within the institution
 * @param authority who found it
 * @param foundOn the day it was found
 * @param description what was found
 * @param deadline the rectification deadline
 * @param rectifiedOn the day its rectification was accepted, if it was
 */
public record PriorFinding(
    @NotBlank String id,
    @NotBlank String authority,
    @NotNull LocalDate foundOn,
    @NotBlank String description,
    @NotNull LocalDate deadline,
    Optional<LocalDate> rectifiedOn) {

  public PriorFinding {
    rectifiedOn = Copies.optional(rectifiedOn);
  }
}
