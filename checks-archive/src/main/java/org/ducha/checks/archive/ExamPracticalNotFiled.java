package org.ducha.checks.archive;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.VolumeKind;

/**
 * 实操考试档案未装入考核档案中: a practical exam session, held before the inspection, of a class that ended before
 * it, is not among the contents of any exam volume (考核档案) of the class. One finding per class.
 */
public final class ExamPracticalNotFiled implements Check {

  static final String ID = "archive.exam.practical-not-filed";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
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
      if (!archive.closed()) {
        continue;
      }
      Set<String> filed = archive.index().filedIn(VolumeKind.EXAM);
      List<String> sessions = new ArrayList<>();
      List<LocalDate> dates = new ArrayList<>();
      for (ExamSession s : archive.trainingClass().exams()) {
        if (s.kind() == ExamKind.PRACTICAL && s.date().isBefore(context.inspectionDate()) && !filed.contains(s.id())) {
          sessions.add(s.id());
          dates.add(s.date());
        }
      }
      if (!sessions.isEmpty()) {
        archive.finding()
            .evidence("sessions", sessions)
            .evidence("examDates", dates)
            .evidence("examVolumes", archive.index().volumes(VolumeKind.EXAM).size())
            .emit();
      }
    }
  }
}
