package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * One line of a roster: a person in a role.
 *
 * @param staffId the person
 * @param role the role the roster gives
 * @param fullTime whether the roster lists the role as full-time (专职)
 */
public record RosterEntry(@NotBlank String staffId, @NotNull StaffRole role, boolean fullTime) {}
