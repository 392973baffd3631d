package org.ducha.model;

/** A role in which a roster lists a person. */
public enum StaffRole {
  /** 机构负责人. */
  HEAD,
  /** 管理人员. */
  MANAGER,
  /** 理论教师. */
  TEACHER,
  /** 实操实训教师. */
  PRACTICAL_INSTRUCTOR,
  /** 班主任. */
  HEAD_TEACHER,
  /** 考务人员. */
  EXAM_ADMINISTRATOR,
  /** 考评员. */
  EXAMINER,
  /** 监考人员. */
  INVIGILATOR
}
