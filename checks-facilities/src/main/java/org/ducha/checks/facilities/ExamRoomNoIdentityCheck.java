package org.ducha.checks.facilities;

import org.ducha.model.Room;

/**
 * 考试机房入口未进行身份验证: a fixed computer exam room of the exam site verifies no candidate's identity at its
 * entrance. One finding per room. Split from {@link ExamRoomInadequate}.
 */
public final class ExamRoomNoIdentityCheck extends ExamRoomLacks {

  static final String ID = "facilities.exam-room.no-identity-check";

  /** The check. */
  public ExamRoomNoIdentityCheck() {
    super(ID, "identityVerification", Room::identityVerification);
  }
}
