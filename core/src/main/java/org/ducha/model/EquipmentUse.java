package org.ducha.model;

/** What a piece of equipment is used for. */
public enum EquipmentUse {
  /** 实操实训. */
  TRAINING,
  /** 实操考试. */
  EXAM
}
