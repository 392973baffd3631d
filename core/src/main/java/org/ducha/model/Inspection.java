package org.ducha.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An inspection campaign (督查检查): who inspected, when, and which institutions in which order.
 *
 * @param id stable identifier, e.g. {@code jincheng-2022}
 * @param name the inspection's title
 * @param authority the inspecting authority, e.g. 晋城市应急管理局
 * @param documentNumber the notice's document number (文号), if one was issued
 * @param periodStart first day of the inspection
 * @param periodEnd last day of the inspection
 * @param institutionIds the institutions inspected, in the order the notice lists them; may be empty
 * @param campaigns ids of the campaigns the inspection is part of (e.g. {@code zouguochang-2021}); readers turn
 *     on those campaigns' duties for it
 */
public record Inspection(
    @NotBlank String id,
    @NotBlank String name,
    @NotBlank String authority,
    Optional<String> documentNumber,
    @NotNull LocalDate periodStart,
    @NotNull LocalDate periodEnd,
    List<@NotBlank String> institutionIds,
    List<@NotBlank String> campaigns) {

  public Inspection {
    documentNumber = Copies.optional(documentNumber);
    institutionIds = Copies.list(institutionIds);
    campaigns = Copies.list(campaigns);
  }

}
