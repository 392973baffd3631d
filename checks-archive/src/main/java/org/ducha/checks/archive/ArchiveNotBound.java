package org.ducha.checks.archive;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.FindingBuilder;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.Institution;
import org.ducha.model.VolumeKind;

/**
 * 档案未装订: a volume of the archive of a class that ended before the inspection is not bound. One finding per
 * class, listing its unbound volumes; the message names the training or the exam archive when only one of them
 * is concerned. The online volumes of online and blended classes are left to {@code archive.online.incomplete}.
 */
public final class ArchiveNotBound implements Check {

  static final String ID = "archive.not-bound";
  /** Message key when only training volumes are unbound. */
  static final String TRAINING = ID + ".training";
  /** Message key when only exam volumes are unbound. */
  static final String EXAM = ID + ".exam";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.ARCHIVE)
      .severity(Severity.MINOR)
      .regulation(Regulations.TRAINING_MEASURES_ART34)
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
      List<String> unbound = new ArrayList<>();
      List<String> volumeIds = new ArrayList<>();
      Set<VolumeKind> kinds = EnumSet.noneOf(VolumeKind.class);
      for (ArchiveVolume v : archive.trainingClass().archive()) {
        boolean onlineCheckOwns = v.kind() == VolumeKind.ONLINE && archive.online();
        if (!v.bound() && !onlineCheckOwns) {
          unbound.add(v.kind().name());
          volumeIds.add(v.id());
          kinds.add(v.kind());
        }
      }
      if (unbound.isEmpty()) {
        continue;
      }
      FindingBuilder finding = archive.finding();
      if (kinds.equals(EnumSet.of(VolumeKind.TRAINING))) {
        finding.messageKey(TRAINING);
      } else if (kinds.equals(EnumSet.of(VolumeKind.EXAM))) {
        finding.messageKey(EXAM);
      }
      finding.evidence("unboundVolumes", unbound)
          .evidence("volumeIds", volumeIds)
          .emit();
    }
  }
}
