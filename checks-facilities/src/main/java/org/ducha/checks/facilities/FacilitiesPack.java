package org.ducha.checks.facilities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.ducha.check.Check;
import org.ducha.check.CheckPack;

/** The first-party facilities pack: checks of the notice's facilities group. */
public final class FacilitiesPack implements CheckPack {
  /** The pack id, the prefix of its check ids. */
  public static final String ID = "facilities";

  /** Written into {@code pack.properties} beside this class when the module is built. */
  private static final String VERSION = buildVersion();

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

  /** The Maven project version the pack was built as; see {@code pack.properties}. */
  @Override
  public String version() {
    return VERSION;
  }

  @Override
  public List<Check> checks() {
    return CHECKS;
  }

  private static String buildVersion() {
    try (InputStream in = FacilitiesPack.class.getResourceAsStream("pack.properties")) {
      if (in == null) {
        throw new IllegalStateException("pack.properties is missing beside " + FacilitiesPack.class.getName());
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pack.properties beside " + FacilitiesPack.class.getName(), e);
    }
  }
}
