package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;
import org.ducha.model.PracticalRecord;

/**
 * 考评员为本班授课，未落实考教分离: an examiner assigned to an exam session of the class taught one of its lessons
 * (by the lesson records) or instructed one of its practical-training days (by the practical-training records).
 * One finding per class, naming the examiners.
 *
 * <p>Not the same fact as the staffing pack's roster overlap: that one compares rosters; this one what the
 * class's own records show a person did.
 */
public final class ExamExaminerTaughtClass implements Check {

  static final String ID = "archive.exam.examiner-taught-class";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.EXAM_MEASURES)
      .applicability(Applicability.EXAM_SITES)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (ClassArchive archive : ClassArchive.all(context)) {
      Map<String, String> taught = new LinkedHashMap<>();
      for (LessonRecord r : archive.trainingClass().lessonRecords()) {
        taught.putIfAbsent(r.teacherId(), r.date() + " " + r.topic());
      }
      for (PracticalRecord r : archive.trainingClass().practicalRecords()) {
        taught.putIfAbsent(r.instructorId(), r.date() + " " + r.id());
      }
      Set<String> examiners = new LinkedHashSet<>();
      for (ExamSession s : archive.trainingClass().exams()) {
        for (String x : s.examinerIds()) {
          if (taught.containsKey(x)) {
            examiners.add(x);
          }
        }
      }
      if (!examiners.isEmpty()) {
        List<String> names = new ArrayList<>();
        List<String> lessons = new ArrayList<>();
        for (String x : examiners) {
          names.add(archive.staffName(x));
          lessons.add(archive.staffName(x) + " " + taught.get(x));
        }
        archive.finding()
            .arg("examiners", names)
            .evidence("taught", lessons)
            .emit();
      }
    }
  }
}
