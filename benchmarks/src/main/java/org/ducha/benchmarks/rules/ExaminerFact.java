package org.ducha.benchmarks.rules;

/** An examiner of an exam session, and whether the session lies in the window that shows who examines now. A fact for {@code three-checks.drl}. */
public final class ExaminerFact {
  private final String staffId;
  private final boolean inWindow;

  public ExaminerFact(String staffId, boolean inWindow) {
    this.staffId = staffId;
    this.inWindow = inWindow;
  }

  public String getStaffId() {
    return staffId;
  }

  public boolean isInWindow() {
    return inWindow;
  }
}
