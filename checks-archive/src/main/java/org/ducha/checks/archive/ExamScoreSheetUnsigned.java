package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;

/**
 * 考试档案成绩表无考评员签字: the score sheet of an exam session held before the inspection bears no examiner's
 * signature, or lacks the signature of one of the examiners assigned to the session. One finding per session.
 */
public final class ExamScoreSheetUnsigned implements Check {

  static final String ID = "archive.exam.score-sheet-unsigned";
  /** Message key when some, not all, assigned examiners signed. */
  static final String PARTIAL = ID + ".partial";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .topic("archive.exam-scores")
      .severity(Severity.MAJOR)
      .regulation(Regulations.EXAM_MEASURES)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
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
        if (!s.date().isBefore(context.inspectionDate())) {
          continue;
        }
        Set<String> signed = new HashSet<>(s.scoreSheetSignedBy());
        List<String> unsigned = new ArrayList<>();
        for (String examiner : s.examinerIds()) {
          if (!signed.contains(examiner)) {
            unsigned.add(archive.staffName(examiner));
          }
        }
        if (!signed.isEmpty() && unsigned.isEmpty()) {
          continue;
        }
        FindingBuilder finding = archive.finding(archive.subject(s)).arg("examDate", s.date());
        if (!signed.isEmpty()) {
          finding.messageKey(PARTIAL).arg("examiners", unsigned);
        }
        finding.evidence("kind", s.kind().name())
            .evidence("examiners", s.examinerIds().stream().map(archive::staffName).toList())
            .evidence("unsignedExaminers", unsigned)
            .emit();
      }
    }
  }
}
