package org.ducha.model;

/** The part of an exam. */
public enum ExamKind {
  /** 理论（计算机）考试. */
  THEORY,
  /** 实操考试. */
  PRACTICAL
}
