package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/**
 * A trainee (学员) enrolled in a class. The same person keeps the same id across the institution's classes.
 *
 * @param id stable identifier of the person within the institution
 * @param name the person's name
 * @param employer the trainee's employer, if recorded
 */
public record Trainee(@NotBlank String id, @NotBlank String name, Optional<String> employer) {
  public Trainee {
    employer = Copies.optional(employer);
  }
}
