package org.ducha.checks.staffing;

import org.ducha.finding.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.Parameter;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.model.Institution;
import org.ducha.model.Roster;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;

/**
 * 离职人员仍在花名表中（花名表更新不及时）: a roster still lists people who had left before the inspection. One finding
 * per roster, naming the people and the days they left.
 *
 * <p>A roster that lists people who have gone overstates the staff the institution can show for its posts.
 * {@code graceDays} lets a profile allow some days for the roster to catch up with a departure.
 */
public final class RosterStale implements Check {

  static final String ID = "staffing.roster.stale";
  /** Message key for a stale exam-staff roster. */
  static final String EXAM_STAFF_KEY = ID + ".exam-staff";

  static final Parameter<Integer> GRACE_DAYS = Parameter.ofInt(ID, "graceDays", 0, 0, 365);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.roster")
      .severity(Severity.MINOR)
      .regulation(Regulations.aqt2016("3.1.1"))
      .regulation(Regulations.aq2023("4.3"))
      .parameter(GRACE_DAYS)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    // Left before this day, and the roster had graceDays to catch up.
    LocalDate cutoff = context.inspectionDate().minusDays(context.parameter(GRACE_DAYS));
    for (Roster roster : institution.rosters()) {
      Set<String> seen = new HashSet<>();
      List<String> names = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      List<LocalDate> leftOn = new ArrayList<>();
      for (RosterEntry e : roster.entries()) {
        if (!seen.add(e.staffId())) {
          continue;
        }
        Optional<StaffMember> member = context.index().staff(e.staffId());
        if (member.isPresent() && member.get().leftOn().isPresent() && member.get().leftOn().get().isBefore(cutoff)) {
          names.add(member.get().name());
          ids.add(member.get().id());
          leftOn.add(member.get().leftOn().get());
        }
      }
      if (!names.isEmpty()) {
        context.finding(Subject.roster(roster))
            .messageKey(roster.type() == RosterType.EXAM_STAFF ? EXAM_STAFF_KEY : ID)
            .arg("names", names)
            .arg("count", names.size())
            .evidence("staffIds", ids)
            .evidence("leftOn", leftOn)
            .evidence("rosterUpdatedOn", roster.updatedOn())
            .emit();
      }
    }
  }
}
