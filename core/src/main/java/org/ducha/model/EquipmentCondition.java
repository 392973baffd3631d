package org.ducha.model;

/** The condition the equipment ledger or a site visit records. */
public enum EquipmentCondition {
  /** 完好. */
  GOOD,
  /** 陈旧磨损但可用. */
  WORN,
  /** 有故障. */
  DEFECTIVE,
  /** 停用. */
  OUT_OF_SERVICE
}
