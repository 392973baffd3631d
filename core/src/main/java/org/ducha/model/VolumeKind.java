package org.ducha.model;

/** Which part of a class archive a volume holds. */
public enum VolumeKind {
  /** 培训档案. */
  TRAINING,
  /** 考核档案. */
  EXAM,
  /** 线上培训档案. */
  ONLINE
}
