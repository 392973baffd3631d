package org.ducha.model;

/** What a document in a class archive (一期一档) is. */
public enum ClassDocumentType {
  /** 班主任日志. */
  HEAD_TEACHER_LOG,
  /** 教学计划执行表. */
  PLAN_EXECUTION_FORM,
  /** 学员考核情况表. */
  ASSESSMENT_FORM,
  /** 学员考核档案卡 (one per trainee). */
  ARCHIVE_CARD,
  /** 综合评估（考评）报告. */
  EVALUATION_REPORT,
  /** 委托培训协议 (filed in the class archive). */
  ENTRUSTMENT_AGREEMENT,
  /** 培训管理测评表. */
  MANAGEMENT_SURVEY,
  /** 教师满意度测评表. */
  TEACHER_SATISFACTION_SURVEY,
  /** 学员评估表. */
  TRAINEE_EVALUATION_FORM,
  /** 线上学习记录（平台导出）. */
  ONLINE_LEARNING_RECORD,
  /** 其他. */
  OTHER
}
