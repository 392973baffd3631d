package org.ducha.model;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Set;

/**
 * A line of the equipment ledger (设备台账).
 *
 * @param id stable identifier within the institution
 * @param name its name
 * @param operationTypes operation-type codes it serves
 * @param kind physical, simulator or smart simulator
 * @param uses training, exam or both
 * @param commissionedYear year it was put into service
 * @param condition its recorded condition
 * @param units how many identical units the line counts
 */
public record Equipment(
    @NotBlank String id,
    @NotBlank String name,
    List<@NotBlank String> operationTypes,
    @NotNull EquipmentKind kind,
    Set<@NotNull EquipmentUse> uses,
    @Min(1900) int commissionedYear,
    @NotNull EquipmentCondition condition,
    @PositiveOrZero int units) {

  public Equipment {
    operationTypes = Copies.list(operationTypes);
    uses = Copies.set(uses);
  }
}
