package org.ducha.checks.facilities;

import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckPack;

/** The first-party facilities pack: checks of the notice's facilities group. */
public final class FacilitiesPack implements CheckPack {
  /** The pack id, the prefix of its check ids. */
  public static final String ID = "facilities";

  private static final List<Check> CHECKS = List.of(
      new ClassroomAreaPerSeat(),
      new ClassExceedsClassroom(),
      new ClassroomInadequate(),
      new ClassroomTotalArea(),
      new EquipmentLedgerMissing(),
      new EquipmentFaulty(),
      new EquipmentInsufficient(),
      new EquipmentOutdated(),
      new EquipmentUnfitUsed(),
      new EquipmentWrongOperation(),
      new ExamRoomInadequate(),
      new ExamRoomNoIdentityCheck(),
      new ExamRoomNoPracticalRoom(),
      new ExamRoomNoVideo(),
      new PracticalExamNotSmart(),
      new TrainingSiteMissing());

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "0.1.0";
  }

  @Override
  public List<Check> checks() {
    return CHECKS;
  }
}
