package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * A room or site (场所) of the institution, as the premises records describe it.
 *
 * @param id stable identifier within the institution
 * @param name its name
 * @param kind its use
 * @param areaSquareMetres floor area in m²
 * @param seats seats (for an exam room: working exam workstations)
 * @param fixed whether it is fixed and dedicated to this use (固定、独立)
 * @param videoSurveillance whether video surveillance covers it
 * @param identityVerification whether identities are verified at its entrance
 * @param operationTypes for practical sites: operation-type codes it serves
 */
public record Room(
    @NotBlank String id,
    @NotBlank String name,
    @NotNull RoomKind kind,
    @NotNull @PositiveOrZero BigDecimal areaSquareMetres,
    @PositiveOrZero int seats,
    boolean fixed,
    boolean videoSurveillance,
    boolean identityVerification,
    List<@NotBlank String> operationTypes) {

  public Room {
    operationTypes = Copies.list(operationTypes);
  }
}
