package org.ducha.benchmarks.rules;

/** A line of a roster: its type and role by name. A fact for {@code three-checks.drl}. */
public final class RosterFact {
  private final String type;
  private final String staffId;
  private final String role;

  public RosterFact(String type, String staffId, String role) {
    this.type = type;
    this.staffId = staffId;
    this.role = role;
  }

  public String getType() {
    return type;
  }

  public String getStaffId() {
    return staffId;
  }

  public String getRole() {
    return role;
  }
}
