package org.ducha.checks.archive;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamSession;
import org.ducha.model.TrainingClass;

/** Edits of exam sessions, for tests. */
final class ExamEdits {
  private ExamEdits() {}

  /** Applies {@code change} to the sessions of {@code kind} in the class being built. */
  static TrainingClass.Builder mapSessions(TrainingClass.Builder b, ExamKind kind, UnaryOperator<ExamSession> change) {
    b.exams.replaceAll(s -> s.kind() == kind ? change.apply(s) : s);
    return b;
  }

  /** A copy of {@code s} whose score sheet bears the signatures of {@code signedBy}. */
  static ExamSession signedBy(ExamSession s, List<String> signedBy) {
    return new ExamSession(s.id(), s.kind(), s.date(), s.examinerIds(), s.scores(), signedBy, s.equipmentIds(), s.practicalExams());
  }

  /** A copy of {@code s} with other examiners. */
  static ExamSession examiners(ExamSession s, List<String> examinerIds) {
    return new ExamSession(s.id(), s.kind(), s.date(), examinerIds, s.scores(), s.scoreSheetSignedBy(), s.equipmentIds(), s.practicalExams());
  }
}
