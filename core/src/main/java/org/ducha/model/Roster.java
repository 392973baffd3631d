package org.ducha.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A roster (花名表) of the institution or its exam site, as last updated.
 *
 * @param id stable identifier within the institution
 * @param type which roster
 * @param updatedOn the date the roster was last updated
 * @param entries its lines
 */
public record Roster(
    @NotBlank String id,
    @NotNull RosterType type,
    @NotNull LocalDate updatedOn,
    List<@NotNull @Valid RosterEntry> entries) {

  public Roster {
    entries = Copies.list(entries);
  }

  /** A copy with other entries. */
  public Roster withEntries(List<RosterEntry> newEntries) {
    return new Roster(id, type, updatedOn, newEntries);
  }
}
