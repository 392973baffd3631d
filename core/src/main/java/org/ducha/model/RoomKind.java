package org.ducha.model;

/** What a room or site is used for. */
public enum RoomKind {
  /** 理论教室. */
  THEORY_CLASSROOM,
  /** 计算机考试机房. */
  COMPUTER_EXAM_ROOM,
  /** 实操考试室（场地）. */
  PRACTICAL_EXAM_ROOM,
  /** 实操实训场地. */
  PRACTICAL_TRAINING_SITE
}
