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
import org.ducha.model.Lesson;
import org.ducha.model.LessonRecord;

/**
 * 授课内容与课程安排不符: the topic a lesson record says was taught does not name the course the plan
 * scheduled for that lesson (compared as {@code WrittenNames.sameCourse} does). One finding per class.
 *
 * <p>A record whose topic says exam questions were taught ({@link ExamDrillingKeywords}) is {@code
 * archive.lesson.exam-drilling}'s and is left out here, so that one lesson gives one finding.
 */
public final class LessonContentMismatch implements Check {

  static final String ID = "archive.lesson.content-mismatch";

  static final Parameter<String> KEYWORDS = ExamDrillingKeywords.parameter(ID);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
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
      List<String> planned = new ArrayList<>();
      List<String> taught = new ArrayList<>();
      for (LessonRecord r : archive.trainingClass().lessonRecords()) {
        Optional<Lesson> lesson = archive.index().lesson(r.lessonId());
        if (lesson.isPresent() && ExamDrillingKeywords.match(r.topic(), keywords).isEmpty() && !WrittenNames.sameCourse(lesson.get().course(), r.topic())) {
          planned.add(ClassArchive.label(lesson.get()));
          taught.add(r.date() + " " + r.topic());
        }
      }
      if (!planned.isEmpty()) {
        archive.finding()
            .arg("count", planned.size())
            .evidence("planned", planned)
            .evidence("taught", taught)
            .emit();
      }
    }
  }
}
