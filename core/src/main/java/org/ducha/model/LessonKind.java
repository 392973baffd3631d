package org.ducha.model;

/** Theory or practical training. */
public enum LessonKind {
  /** 理论. */
  THEORY,
  /** 实操实训. */
  PRACTICAL
}
