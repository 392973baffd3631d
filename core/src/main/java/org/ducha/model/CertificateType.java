package org.ducha.model;

/** What a certificate held by a staff member attests. */
public enum CertificateType {
  /** 培训教师资格. */
  TEACHER,
  /** 考评员证. */
  EXAMINER,
  /** 特种作业操作证. */
  SPECIAL_OPERATION,
  /** 安全生产管理人员证. */
  SAFETY_MANAGER,
  /** 其他. */
  OTHER
}
