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
 * @param issuedOn the day the notice was issued (成文日期), if known; a notice written without it is dated the
 *     inspection's last day
 * @param rectificationDeadline the day by which the institutions are to have rectified (整改期限), if the notice
 *     sets one
 * @param requirements the notice's rectification requirements (整改要求), one paragraph each; may be empty (the
 *     notice then says the default text)
 */
public record Inspection(
    @NotBlank String id,
    @NotBlank String name,
    @NotBlank String authority,
    Optional<String> documentNumber,
    @NotNull LocalDate periodStart,
    @NotNull LocalDate periodEnd,
    List<@NotBlank String> institutionIds,
    List<@NotBlank String> campaigns,
    Optional<LocalDate> issuedOn,
    Optional<LocalDate> rectificationDeadline,
    List<@NotBlank String> requirements) {

  public Inspection {
    documentNumber = Copies.optional(documentNumber);
    institutionIds = Copies.list(institutionIds);
    campaigns = Copies.list(campaigns);
    issuedOn = Copies.optional(issuedOn);
    rectificationDeadline = Copies.optional(rectificationDeadline);
    requirements = Copies.list(requirements);
  }

  /** An inspection with no issue date, rectification deadline or requirements recorded. */
  public Inspection(String id, String name, String authority, Optional<String> documentNumber, LocalDate periodStart,
      LocalDate periodEnd, List<String> institutionIds, List<String> campaigns) {
    this(id, name, authority, documentNumber, periodStart, periodEnd, institutionIds, campaigns, Optional.empty(),
        Optional.empty(), List.of());
  }

}
