package org.ducha.checks.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ducha.check.InstitutionIndex;
import org.ducha.model.Roster;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.StaffRole;

/**
 * A person as the rosters (花名表) of one type list them: every role, and the roles listed as full-time (专职),
 * merged over all rosters of that type.
 *
 * @param member the person's personnel file
 * @param roles every role listed
 * @param fullTimeRoles the roles listed as full-time
 */
record ListedPerson(StaffMember member, Set<StaffRole> roles, Set<StaffRole> fullTimeRoles) {

  ListedPerson {
    roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    fullTimeRoles = fullTimeRoles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(fullTimeRoles));
  }

  /**
   * The people that rosters of {@code type} list and who still worked for the institution on {@code date}, in
   * roster order. People who had left are skipped: that the roster still lists them is {@link RosterStale}'s
   * finding, and they no longer fill any post.
   */
  static List<ListedPerson> current(InstitutionIndex index, RosterType type, LocalDate date) {
    Map<String, EnumSet<StaffRole>> roles = new LinkedHashMap<>();
    Map<String, EnumSet<StaffRole>> fullTime = new LinkedHashMap<>();
    for (Roster roster : index.rosters(type)) {
      for (RosterEntry e : roster.entries()) {
        roles.computeIfAbsent(e.staffId(), k -> EnumSet.noneOf(StaffRole.class)).add(e.role());
        EnumSet<StaffRole> full = fullTime.computeIfAbsent(e.staffId(), k -> EnumSet.noneOf(StaffRole.class));
        if (e.fullTime()) {
          full.add(e.role());
        }
      }
    }
    List<ListedPerson> people = new ArrayList<>(roles.size());
    roles.forEach((id, r) -> {
      Optional<StaffMember> member = index.staff(id);
      if (member.isPresent() && member.get().employedOn(date)) {
        people.add(new ListedPerson(member.get(), r, fullTime.get(id)));
      }
    });
    return people;
  }

  /** Whether the rosters list the person in {@code role} as full-time. */
  boolean fullTime(StaffRole role) {
    return fullTimeRoles.contains(role);
  }

  /** Whether the rosters list the person as a teacher or practical instructor, full- or part-time. */
  boolean teaches() {
    return roles.contains(StaffRole.TEACHER) || roles.contains(StaffRole.PRACTICAL_INSTRUCTOR);
  }

  /** Whether the rosters list the person as a full-time teacher or full-time practical instructor. */
  boolean teachesFullTime() {
    return fullTimeRoles.contains(StaffRole.TEACHER) || fullTimeRoles.contains(StaffRole.PRACTICAL_INSTRUCTOR);
  }
}
