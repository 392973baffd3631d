package org.example.embedding;

import java.time.LocalDate;
import org.ducha.checks.archive.ArchivePack;
import org.ducha.checks.staffing.StaffingPack;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Profile;

/**
 * The centre's self-check: the archive and staffing packs, chosen by hand, over the centre's records. Discovery is
 * off, so what runs does not depend on what else is on the class path; the governance and facilities packs are
 * left out because the system keeps no documents, rooms or equipment.
 */
public final class SelfCheck {

  private final Inspector inspector;

  /** A self-check with the packs and profile below. Build it once: the inspector is thread-safe and reusable. */
  public SelfCheck() {
    this.inspector = Inspector.builder()
        .discoverPacks(false)
        .addPacks(new ArchivePack(), new StaffingPack())
        .profile(Profile.builder("centre-self-check").build())
        .build();
  }

  /** The inspector, for its messages and catalogue. */
  public Inspector inspector() {
    return inspector;
  }

  /** Inspects the centre's records as of {@code day}. */
  public InstitutionReport run(Centre centre, LocalDate day) {
    return inspector.inspect(CentreRecords.toInstitution(centre, day));
  }
}
