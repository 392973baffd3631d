package org.ducha.benchmarks.rules;

/** A member of staff, and whether still employed on the inspection date. A fact for {@code three-checks.drl}. */
public final class StaffFact {
  private final String staffId;
  private final boolean employed;

  public StaffFact(String staffId, boolean employed) {
    this.staffId = staffId;
    this.employed = employed;
  }

  public String getStaffId() {
    return staffId;
  }

  public boolean isEmployed() {
    return employed;
  }
}
