package org.ducha.checks.archive;

import java.util.ArrayList;
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
import org.ducha.model.ArchiveVolume;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.VolumeKind;

/**
 * 线上培训档案不健全且未按规定整理装订: an online or blended class keeps some record of its online training
 * (otherwise {@code archive.online.no-archive} applies), but the records are incomplete, or not organised and
 * bound. One finding per class; the message says which of the two.
 *
 * <p>Incomplete (不健全): a lesson planned online, due before the inspection date, for which no trainee signed; or,
 * once the class has ended, no online-learning record. Not organised and bound (未按规定整理装订), once the class
 * has ended: no online volume, an online volume not bound, or an online-learning record not filed in an online
 * volume. Online volumes of online and blended classes are this check's; {@code archive.not-bound} reports the
 * other volumes.
 */
public final class OnlineIncomplete implements Check {

  static final String ID = "archive.online.incomplete";
  /** Message key when only records are lacking. */
  static final String RECORDS = ID + ".records";
  /** Message key when only organisation and binding are lacking. */
  static final String UNBOUND = ID + ".unbound";

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
      List<ClassDocument> learningRecords = archive.index().documents(ClassDocumentType.ONLINE_LEARNING_RECORD);
      List<ArchiveVolume> volumes = archive.index().volumes(VolumeKind.ONLINE);
      boolean noLearningRecord = archive.closed() && learningRecords.isEmpty();
      boolean noVolume = archive.closed() && volumes.isEmpty();
      List<String> unboundVolumes = new ArrayList<>();
      List<String> unfiledRecords = new ArrayList<>();
      if (archive.closed() && !volumes.isEmpty()) {
        for (ArchiveVolume v : volumes) {
          if (!v.bound()) {
            unboundVolumes.add(v.id());
          }
        }
        Set<String> filed = archive.index().filedIn(VolumeKind.ONLINE);
        for (ClassDocument d : learningRecords) {
          if (!filed.contains(d.id())) {
            unfiledRecords.add(d.id());
          }
        }
      }
      boolean incomplete = noLearningRecord || !lessonsWithoutRecord.isEmpty();
      boolean unorganised = noVolume || !unboundVolumes.isEmpty() || !unfiledRecords.isEmpty();
      if (!incomplete && !unorganised) {
        continue;
      }
      FindingBuilder finding = archive.finding();
      if (!unorganised) {
        finding.messageKey(RECORDS);
      } else if (!incomplete) {
        finding.messageKey(UNBOUND);
      }
      finding.evidence("lessonsWithoutRecord", lessonsWithoutRecord)
          .evidence("noLearningRecord", noLearningRecord)
          .evidence("noOnlineVolume", noVolume)
          .evidence("unboundVolumes", unboundVolumes)
          .evidence("unfiledRecords", unfiledRecords)
          .emit();
    }
  }
}
