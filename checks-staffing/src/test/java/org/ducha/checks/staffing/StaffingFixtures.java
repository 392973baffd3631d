package org.ducha.checks.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ducha.model.Certificate;
import org.ducha.model.CertificateType;
import org.ducha.model.Employment;
import org.ducha.model.Institution;
import org.ducha.model.Roster;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.testkit.Fixtures;

/** Changes to the clean fixture's staff and rosters, one defect at a time. */
final class StaffingFixtures {
  private StaffingFixtures() {}

  /** Applies {@code change} to the staff member {@code staffId}. */
  static Institution mapStaff(Institution inst, String staffId, UnaryOperator<StaffMember> change) {
    return inst.with(b -> b.mapStaff(staffId, change));
  }

  /** Adds {@code entry} to every roster of {@code type}. */
  static Institution addEntry(Institution inst, RosterType type, RosterEntry entry) {
    return mapRosters(inst, type, entries -> {
      entries.add(entry);
      return entries;
    });
  }

  /** Replaces the entries of every roster of {@code type} by {@code change} applied to a mutable copy. */
  static Institution mapRosters(Institution inst, RosterType type, UnaryOperator<List<RosterEntry>> change) {
    return inst.with(b -> {
      b.rosters.replaceAll(r -> r.type() == type ? r.withEntries(change.apply(new ArrayList<>(r.entries()))) : r);
      return b;
    });
  }

  /** Removes every roster of {@code type}. */
  static Institution withoutRosters(Institution inst, RosterType type) {
    return inst.with(b -> {
      b.rosters.removeIf(r -> r.type() == type);
      return b;
    });
  }

  /** Adds a roster. */
  static Institution addRoster(Institution inst, Roster roster) {
    return inst.with(b -> {
      b.rosters.add(roster);
      return b;
    });
  }

  /** Adds a staff member. */
  static Institution addStaff(Institution inst, StaffMember member) {
    return inst.with(b -> {
      b.staff.add(member);
      return b;
    });
  }

  /** A person hired in 2015 with a labour contract and ten years of practice. */
  static StaffMember person(String id, String name, List<String> specialties, List<Certificate> certificates) {
    return new StaffMember(id, name, Employment.LABOUR_CONTRACT, Optional.empty(), specialties, certificates,
        LocalDate.of(2015, 3, 1), Optional.empty(), Optional.of(10));
  }

  /** A certificate of {@code type} valid from 2020 to {@code validUntil}. */
  static Certificate certificate(CertificateType type, String number, LocalDate validUntil) {
    return new Certificate(type, number, Optional.empty(), LocalDate.of(2020, 1, 1), Optional.ofNullable(validUntil));
  }

  /** The clean institution inspected on another day. */
  static Institution inspectedOn(LocalDate date) {
    return Fixtures.cleanInstitution().with(b -> b.inspectedOn(date));
  }
}
