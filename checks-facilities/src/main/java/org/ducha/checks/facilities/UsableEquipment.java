package org.ducha.checks.facilities;

import org.ducha.model.Equipment;
import org.ducha.model.EquipmentCondition;
import org.ducha.model.EquipmentUse;

/**
 * Which ledger lines count as equipment the institution can actually work with: at least one unit, in good
 * or worn but working condition (not faulty, not out of service), for the given use.
 */
final class UsableEquipment {
  private UsableEquipment() {}

  /** Whether {@code e} is usable for {@code use}. */
  static boolean usableFor(Equipment e, EquipmentUse use) {
    return e.uses().contains(use) && e.units() > 0
        && (e.condition() == EquipmentCondition.GOOD || e.condition() == EquipmentCondition.WORN);
  }
}
