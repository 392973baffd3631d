package org.ducha.model;

/** The broad kind of training an operation type belongs to. */
public enum OperationCategory {
  /** 特种作业 (non-coal). */
  SPECIAL_OPERATION,
  /** 煤矿特种作业. */
  COAL_SPECIAL_OPERATION,
  /** 主要负责人和安全生产管理人员. */
  PRINCIPAL_AND_SAFETY_MANAGER,
  /** 班组长. */
  TEAM_LEADER,
  /** 其他从业人员. */
  OTHER_WORKER
}
