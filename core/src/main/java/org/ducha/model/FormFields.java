package org.ducha.model;

/** Names of the filled fields of class forms that checks read; a form's other fields are free. */
public final class FormFields {
  private FormFields() {}

  /** 班主任鉴定（评语）. */
  public static final String HEAD_TEACHER_APPRAISAL = "headTeacherAppraisal";
  /** 培训单位（机构）意见. */
  public static final String INSTITUTION_OPINION = "institutionOpinion";
  /** 综合评估报告的结论. */
  public static final String CONCLUSION = "conclusion";
}
