package org.ducha.benchmarks.rules;

/** A class of the institution and the hours of its plan, in ten-thousandths of a class hour (the field keeps its old name). A fact for {@code three-checks.drl}. */
public final class ClassFact {
  private final String classKey;
  private final long plannedCenti;

  public ClassFact(String classKey, long plannedCenti) {
    this.classKey = classKey;
    this.plannedCenti = plannedCenti;
  }

  public String getClassKey() {
    return classKey;
  }

  public long getPlannedCenti() {
    return plannedCenti;
  }
}
