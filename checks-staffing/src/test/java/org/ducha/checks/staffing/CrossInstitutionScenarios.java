package org.ducha.checks.staffing;

import java.util.List;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.TrainingClass;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;

/** Two institutions sharing people: the clean fixture and a copy of it under another id and name. */
final class CrossInstitutionScenarios {
  private CrossInstitutionScenarios() {}

  static final String OTHER = "other-centre";
  static final String OTHER_NAME = "示例县安全技术培训中心";
  static final String HERE_NAME = Fixtures.cleanInstitution().name();

  /** The clean fixture as another institution. */
  static Institution other(Institution inst) {
    return Mutations.asInstitution(inst, OTHER, OTHER_NAME);
  }

  /** Every exam session of every class moved by {@code days}. */
  static Institution examsMoved(Institution inst, int days) {
    Institution out = inst;
    for (TrainingClass c : inst.classes()) {
      out = Mutations.mapClass(out, c.id(), tc -> tc.with(b -> {
        b.exams.replaceAll(s -> new ExamSession(s.id(), s.kind(), s.date().plusDays(days), s.examinerIds(), s.scores(),
            s.scoreSheetSignedBy(), s.equipmentIds()));
        return b;
      }));
    }
    return out;
  }

  static List<String> ids() {
    return List.of(Fixtures.INSTITUTION_ID, OTHER);
  }
}
