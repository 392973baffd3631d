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

/**
 * The one test pack registered in {@code META-INF/services/org.ducha.check.CheckPack} of the test resources:
 * only the discovery tests build inspectors with discovery on.
 */
public final class DiscoveredPack implements CheckPack {

  public static final String ID = "discovered";
  public static final String CHECK_ID = "discovered.institution.no-head";

  private static final List<Check> CHECKS = List.of(new NoHead());

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String version() {
    return "2.0.0";
  }

  @Override
  public List<Check> checks() {
    return CHECKS;
  }

  @Override
  public String messageBundle() {
    return "org/ducha/engine/testpacks/discovered";
  }

  /** Fires when the institution names no head. */
  public static final class NoHead implements Check {
    private static final CheckDescriptor D = CheckDescriptor.builder(CHECK_ID, Group.STAFFING)
        .regulation(RegulationRef.projectJudgement("test")).build();

    @Override
    public CheckDescriptor descriptor() {
      return D;
    }

    @Override
    public void inspect(Institution institution, CheckContext context) {
      if (institution.headId().isEmpty()) {
        context.finding(Subject.institution(institution)).emit();
      }
    }
  }
}
