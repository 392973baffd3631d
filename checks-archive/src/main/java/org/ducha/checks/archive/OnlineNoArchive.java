package org.ducha.checks.archive;

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
import org.ducha.model.VolumeKind;

/**
 * 开展线上培训未建立培训档案: an online or blended class that started before the inspection has no record of its
 * online training at all — no online-learning record ({@link ClassDocumentType#ONLINE_LEARNING_RECORD}), no
 * online archive volume, and no signature on any sheet line of a lesson planned online.
 */
public final class OnlineNoArchive implements Check {

  static final String ID = "archive.online.no-archive";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MAJOR)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
      .applicability(Applicability.ONLINE_TRAINING)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** Whether the online or blended class keeps no record of its online training at all. */
  static boolean lacksArchive(ClassArchive archive, AttendanceGrid grid) {
    if (!archive.index().documents(ClassDocumentType.ONLINE_LEARNING_RECORD).isEmpty()
        || !archive.index().volumes(VolumeKind.ONLINE).isEmpty()) {
      return false;
    }
    for (Lesson l : archive.trainingClass().lessons()) {
      if (archive.taughtOnline(l) && grid.sheetKept(l.id())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    for (ClassArchive archive : ClassArchive.all(context)) {
      if (!archive.online() || !archive.started()) {
        continue;
      }
      if (lacksArchive(archive, AttendanceGrid.of(archive))) {
        long onlineLessons = archive.trainingClass().lessons().stream().filter(archive::taughtOnline).count();
        archive.finding()
            .evidence("mode", archive.trainingClass().mode().name())
            .evidence("onlineLessons", onlineLessons)
            .emit();
      }
    }
  }
}
