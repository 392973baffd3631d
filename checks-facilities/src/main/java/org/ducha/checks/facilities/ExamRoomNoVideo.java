package org.ducha.checks.facilities;

import org.ducha.model.Room;

/**
 * 考试机房无视频监控: a fixed computer exam room of the exam site has no video surveillance, so the exam cannot be
 * watched remotely without blind spots. One finding per room. Split from {@link ExamRoomInadequate}.
 */
public final class ExamRoomNoVideo extends ExamRoomLacks {

  static final String ID = "facilities.exam-room.no-video";

  /** The check. */
  public ExamRoomNoVideo() {
    super(ID, "videoSurveillance", Room::videoSurveillance);
  }
}
