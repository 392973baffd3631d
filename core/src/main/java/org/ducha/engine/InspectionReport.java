package org.ducha.engine;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.model.Inspection;

/**
 * The result of inspecting a set of institutions: one report per institution in a stable order, with
 * the profile and packs that produced it.
 *
 * @param inspection the inspection's metadata, when known
 * @param institutions one report per institution, in the inspection's order (else the input's)
 * @param profile the effective profile
 * @param packs the packs used, by id
 */
public record InspectionReport(Optional<Inspection> inspection, List<InstitutionReport> institutions, Profile profile, List<PackInfo> packs) {

  public InspectionReport {
    inspection = inspection == null ? Optional.empty() : inspection;
    institutions = List.copyOf(institutions);
    packs = List.copyOf(packs);
  }

  /** Every finding, institution by institution. */
  public Stream<Finding> findings() {
    return institutions.stream().flatMap(r -> r.findings().stream());
  }

  /** Whether any finding is at {@code severity} or above. */
  public boolean hasFindingAtOrAbove(Severity severity) {
    return findings().anyMatch(f -> f.severity().atLeast(severity));
  }

  /** Reports of institutions that could not be inspected. */
  public List<InstitutionReport> notInspected() {
    return institutions.stream().filter(r -> r.status() == InspectionStatus.NOT_INSPECTED).toList();
  }
}
