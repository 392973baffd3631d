package org.ducha.engine;

import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Subject;
import org.ducha.model.Institution;

/** A pack whose only check emits a finding and then throws, on every institution. */
public final class FaultyPack implements CheckPack {

  public static final String CHECK_ID = "faulty.always.throws";
  public static final String MESSAGE = "the faulty check broke on purpose";

  private static final List<Check> CHECKS = List.of(new Throwing());

  @Override
  public String id() {
    return "faulty";
  }

  @Override
  public String version() {
    return "0.0.1";
  }

  @Override
  public List<Check> checks() {
    return CHECKS;
  }

  @Override
  public String messageBundle() {
    return "org/ducha/engine/testpacks/faulty";
  }

  /** Emits, then throws: its finding must be discarded. */
  public static final class Throwing implements Check {
    private static final CheckDescriptor D = CheckDescriptor.builder(CHECK_ID, Group.GOVERNANCE)
        .regulation(RegulationRef.projectJudgement("test")).build();

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      context.finding(Subject.institution(institution)).emit();
      throw new IllegalStateException(MESSAGE);
    }
  }
}
