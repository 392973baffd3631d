package org.ducha.benchmarks.rules;

import java.util.ArrayList;
import java.util.List;
import org.ducha.benchmarks.ThreeChecks;
import org.ducha.benchmarks.ThreeChecks.Flag;

/** Where the rules of {@code three-checks.drl} report what they flag, for one institution (a global of the session). */
public final class FlagSink {
  private final String institutionId;
  private final List<Flag> flags = new ArrayList<>();

  public FlagSink(String institutionId) {
    this.institutionId = institutionId;
  }

  /** A trainee flagged by {@code checkId}. */
  public void trainee(String checkId, String classId, String traineeName) {
    flags.add(new Flag(checkId, institutionId, classId + "/" + traineeName));
  }

  /** A member of staff who is both training and exam staff. */
  public void overlap(String staffId) {
    flags.add(new Flag(ThreeChecks.STAFF_OVERLAP, institutionId, staffId));
  }

  /** Everything flagged. */
  public List<Flag> flags() {
    return flags;
  }
}
