package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A self-inspection (自查) the institution records having held.
 *
 * @param heldOn the day it was held
 * @param scope what it covered
 */
public record SelfInspection(@NotNull LocalDate heldOn, @NotBlank String scope) {}
