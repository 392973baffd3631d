package org.example.shanxi;

import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckPack;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;

/**
 * The {@code shanxi} pack: checks a provincial team adds to Ducha's own. Its messages are
 * {@code org/example/shanxi/messages_zh_CN.properties} and {@code messages_en.properties}, the default bundle of
 * a pack in this package.
 */
public final class ShanxiPack implements CheckPack {

  /** The pack id: the first segment of every check id of the pack. */
  public static final String ID = "shanxi";

  /**
   * The group the pack's findings are reported under, after Ducha's four groups; its heading is the message
   * {@code group.shanxi}.
   */
  public static final Group CHECKS_OF_SHANXI = new Group("shanxi", 50);

  /** The code of the references to rules this example makes up; they are no regulation of Shanxi or anyone else. */
  static final String EXAMPLE_RULE = "EXAMPLE-SHANXI";

  /** A reference to a rule of this example's own making, saying so. */
  static RegulationRef exampleRule(String rule) {
    return new RegulationRef(EXAMPLE_RULE, "", "本示例自定的地方规则，并非山西省或任何机关的规定：" + rule);
  }

  /** The same instances on every call, sorted by id. */
  private static final List<Check> CHECKS = List.of(new ClassTooLarge(), new TeacherDailyHours());

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "1.0.0";
  }

  @Override
  public List<Check> checks() {
    return CHECKS;
  }
}
