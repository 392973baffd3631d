package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;

/**
 * 以讲题代培训: lesson records of a class say that exam questions were taught — question banks, mock exams, drilling
 * questions ({@link ExamDrillingKeywords}) — instead of the course of the training outline. One finding per class,
 * naming the lessons.
 *
 * <p>Such a record is this check's whether or not its topic also differs from the planned course: {@code
 * archive.lesson.content-mismatch} leaves it alone, so that one lesson spent on exam questions gives one finding,
 * worded as what it is. A plan that itself schedules question drilling is reported here too, through the records
 * that deliver it.
 */
public final class LessonExamDrilling implements Check {

  static final String ID = "archive.lesson.exam-drilling";

  static final Parameter<String> KEYWORDS = ExamDrillingKeywords.parameter(ID);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.TRAINING_MEASURES)
      .regulation(Regulations.CAMPAIGN_NOTICE)
      .parameter(KEYWORDS)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    List<String> keywords = ExamDrillingKeywords.split(context.parameter(KEYWORDS));
    for (ClassArchive archive : ClassArchive.all(context)) {
      List<String> lessons = new ArrayList<>();
      for (LessonRecord r : archive.trainingClass().lessonRecords()) {
        Optional<String> word = ExamDrillingKeywords.match(r.topic(), keywords);
        if (word.isPresent()) {
          String planned = archive.index().lesson(r.lessonId()).map(l -> " (" + l.course() + ")").orElse("");
          lessons.add(r.date() + " " + r.topic() + planned);
        }
      }
      if (!lessons.isEmpty()) {
        archive.finding()
            .arg("count", lessons.size())
            .evidence("lessons", lessons)
            .emit();
      }
    }
  }
}
