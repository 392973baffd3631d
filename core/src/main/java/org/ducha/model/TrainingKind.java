package org.ducha.model;

/** Whether a class trains newcomers or renews a qualification. */
public enum TrainingKind {
  /** 初训. */
  INITIAL,
  /** 复训. */
  REFRESHER
}
