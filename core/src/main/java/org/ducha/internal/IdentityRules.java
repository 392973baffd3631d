package org.ducha.internal;

import java.util.List;
import java.util.Optional;
import org.ducha.engine.InputProblem;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.StaffMember;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;

/**
 * The identity numbers (居民身份证号码) of trainees and staff: each well formed with the right GB 11643-1999 check
 * digit. A problem shows the number masked, never in clear. Tolerates nulls (field constraints report those).
 */
public final class IdentityRules {
  private IdentityRules() {}

  /** Adds to {@code out} a problem for every malformed identity number in {@code inst}. */
  public static void check(Institution inst, List<InputProblem> out) {
    for (int i = 0; i < inst.staff().size(); i++) {
      StaffMember s = inst.staff().get(i);
      if (s != null) {
        check(s.identityNumber(), "staff[" + i + "].identityNumber", out);
      }
    }
    for (int c = 0; c < inst.classes().size(); c++) {
      TrainingClass tc = inst.classes().get(c);
      if (tc == null) {
        continue;
      }
      for (int t = 0; t < tc.trainees().size(); t++) {
        Trainee tr = tc.trainees().get(t);
        if (tr != null) {
          check(tr.identityNumber(), "classes[" + c + "].trainees[" + t + "].identityNumber", out);
        }
      }
    }
  }

  private static void check(Optional<IdentityNumber> number, String path, List<InputProblem> out) {
    if (number == null || number.isEmpty()) {
      return;
    }
    IdentityNumber n = number.get();
    n.problem().ifPresent(p -> out.add(InputProblem.of(path, n.masked(), "not a valid identity number (居民身份证号码): " + p)));
  }
}
