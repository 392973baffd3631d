package org.ducha.model;

/** What an institution-level document (机构文件) is. */
public enum DocumentType {
  /** 安全培训管理制度. */
  TRAINING_MANAGEMENT_RULES,
  /** 考试管理制度. */
  EXAM_MANAGEMENT_RULES,
  /** 培训档案管理制度. */
  ARCHIVE_MANAGEMENT_RULES,
  /** 专项整治工作实施方案 (campaign implementation plan). */
  CAMPAIGN_IMPLEMENTATION_PLAN,
  /** 专项整治问题清单 (campaign problem list). */
  CAMPAIGN_PROBLEM_LIST,
  /** 自查报告 (campaign self-inspection report). */
  CAMPAIGN_SELF_INSPECTION_REPORT,
  /** 培训过程突发事件应急预案. */
  EMERGENCY_PLAN,
  /** 培训与考试分离（考教分离）方案. */
  EXAM_SEPARATION_SCHEME,
  /** 收费标准公示. */
  FEE_SCHEDULE_NOTICE,
  /** 实操实训设备台账 (the institution's register of its practical-training and exam equipment). */
  EQUIPMENT_LEDGER,
  /** 其他. */
  OTHER
}
