package org.ducha.checks.archive;

import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckPack;

/** The first-party archive pack: checks of the notice's archive group. */
public final class ArchivePack implements CheckPack {
  /** The pack id, the prefix of its check ids. */
  public static final String ID = "archive";

  private static final List<Check> CHECKS = List.of(
      new ArchiveNotBound());

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

  @Override
  public String messageBundle() {
    return "org/ducha/checks/archive/messages";
  }
}
