package org.ducha.checks.archive;

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
import org.ducha.model.ArchiveVolume;
import org.ducha.model.ClassDocument;
import org.ducha.model.ClassDocumentType;
import org.ducha.model.Institution;
import org.ducha.model.VolumeKind;

/**
 * 线上培训档案未按规定整理装订: an online or blended class that ended before the inspection keeps some record of its
 * online training (otherwise {@code archive.online.no-archive} applies), but it is not organised and bound: no online
 * volume, an online volume not bound, or an online-learning record not filed in an online volume. One finding per
 * class. Split from {@code archive.online.incomplete}, which keeps the missing records. Online volumes of online and
 * blended classes are this check's; {@code archive.not-bound} reports the other volumes.
 */
public final class OnlineNotBound implements Check {

  static final String ID = "archive.online.not-bound";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MINOR)
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
      if (!archive.online() || !archive.closed()) {
        continue;
      }
      if (OnlineNoArchive.lacksArchive(archive, AttendanceGrid.of(archive))) {
        continue;
      }
      List<ArchiveVolume> volumes = archive.index().volumes(VolumeKind.ONLINE);
      boolean noVolume = volumes.isEmpty();
      List<String> unboundVolumes = new ArrayList<>();
      List<String> unfiledRecords = new ArrayList<>();
      if (!noVolume) {
        for (ArchiveVolume v : volumes) {
          if (!v.bound()) {
            unboundVolumes.add(v.id());
          }
        }
        Set<String> filed = archive.index().filedIn(VolumeKind.ONLINE);
        for (ClassDocument d : archive.index().documents(ClassDocumentType.ONLINE_LEARNING_RECORD)) {
          if (!filed.contains(d.id())) {
            unfiledRecords.add(d.id());
          }
        }
      }
      if (noVolume || !unboundVolumes.isEmpty() || !unfiledRecords.isEmpty()) {
        archive.finding()
            .evidence("noOnlineVolume", noVolume)
            .evidence("unboundVolumes", unboundVolumes)
            .evidence("unfiledRecords", unfiledRecords)
            .emit();
      }
    }
  }
}
