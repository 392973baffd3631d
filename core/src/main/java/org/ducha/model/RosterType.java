package org.ducha.model;

/** Which roster (花名表) a list of people is. */
public enum RosterType {
  /** 培训机构工作人员花名表: managers, teachers, instructors. */
  TRAINING_STAFF,
  /** 考务人员花名表: the exam site's exam staff. */
  EXAM_STAFF
}
