package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamScore;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.PracticalExamRecord;

/**
 * 实操考试未实际进行: a practical exam session held before the inspection has scores on its sheet, but for some scored
 * candidates no practical-exam record (station or equipment, times, examiner) shows that the candidate was examined
 * at all — a score without an exam. One finding per session, naming the candidates. Critical: the certificate rests
 * on an exam the records cannot show was held.
 */
public final class ExamPracticalNotHeld implements Check {

  static final String ID = "archive.exam.practical-not-held";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .topic("archive.exam-scores")
      .severity(Severity.CRITICAL)
      .regulation(Regulations.EXAM_MEASURES)
      .regulation(Regulations.SPECIAL_OPERATIONS)
      .applicability(Applicability.EXAM_SITES)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (ClassArchive archive : ClassArchive.all(context)) {
      for (ExamSession s : archive.trainingClass().exams()) {
        if (s.kind() != ExamKind.PRACTICAL || s.scores().isEmpty() || !s.date().isBefore(context.inspectionDate())) {
          continue;
        }
        Set<String> examined = new HashSet<>();
        for (PracticalExamRecord r : s.practicalExams()) {
          examined.add(r.traineeId());
        }
        Set<String> candidates = new LinkedHashSet<>();
        for (ExamScore sc : s.scores()) {
          if (!examined.contains(sc.traineeId())) {
            candidates.add(archive.traineeName(sc.traineeId()));
          }
        }
        if (!candidates.isEmpty()) {
          archive.finding(archive.subject(s))
              .arg("examDate", s.date())
              .arg("count", candidates.size())
              .evidence("candidates", new ArrayList<>(candidates))
              .evidence("scored", s.scores().stream().map(ExamScore::traineeId).distinct().count())
              .emit();
        }
      }
    }
  }
}
