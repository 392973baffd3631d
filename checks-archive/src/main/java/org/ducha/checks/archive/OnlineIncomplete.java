package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.List;
import org.ducha.check.Applicability;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;

/**
 * 线上培训档案不健全: an online or blended class keeps some record of its online training (otherwise {@code
 * archive.online.no-archive} applies), but the records are incomplete: a lesson planned online, due before the
 * inspection date, for which no trainee signed; or, once the class has ended, no online-learning record. One
 * finding per class.
 *
 * <p>Not organised and bound (未按规定整理装订) is a defect of its own, {@code archive.online.not-bound} (split from
 * this id): see {@link OnlineNotBound}.
 */
public final class OnlineIncomplete implements Check {

  static final String ID = "archive.online.incomplete";
  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .applicability(Applicability.ONLINE_TRAINING)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (ClassArchive archive : ClassArchive.all(context)) {
      if (!archive.online() || !archive.started()) {
        continue;
      }
      AttendanceGrid grid = AttendanceGrid.of(archive);
      if (OnlineNoArchive.lacksArchive(archive, grid)) {
        continue;
      }
      List<String> lessonsWithoutRecord = new ArrayList<>();
      for (Lesson l : archive.dueLessons()) {
        if (archive.taughtOnline(l) && !grid.sheetKept(l.id())) {
          lessonsWithoutRecord.add(ClassArchive.label(l));
        }
      }
      boolean noLearningRecord = archive.closed()
          && archive.index().documents(ClassDocumentType.ONLINE_LEARNING_RECORD).isEmpty();
      if (noLearningRecord || !lessonsWithoutRecord.isEmpty()) {
        archive.finding()
            .evidence("lessonsWithoutRecord", lessonsWithoutRecord)
            .evidence("noLearningRecord", noLearningRecord)
            .emit();
      }
    }
  }
}
