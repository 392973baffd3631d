package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An operation type (作业类别/工种) that an institution trains for, e.g. 低压电工作业.
 *
 * @param code stable code used by classes, staff specialties and equipment, e.g. {@code electrician-low-voltage}
 * @param name the name as written in the records
 * @param category the kind of training
 */
public record OperationType(
    @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and '-'") String code,
    @NotBlank String name,
    @NotNull OperationCategory category) {}
