package org.ducha.model;

/** What kind of equipment a ledger line is. */
public enum EquipmentKind {
  /** 实物设备. */
  PHYSICAL,
  /** 模拟设备（非智能评分）. */
  SIMULATOR,
  /** 智能（计算机评分）模拟设备. */
  SMART_SIMULATOR
}
