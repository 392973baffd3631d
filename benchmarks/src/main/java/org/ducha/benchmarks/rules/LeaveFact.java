package org.ducha.benchmarks.rules;

/** A leave note: first and last day (epoch days). A fact for {@code three-checks.drl}. */
public final class LeaveFact {
  private final String traineeKey;
  private final long fromDay;
  private final long toDay;

  public LeaveFact(String traineeKey, long fromDay, long toDay) {
    this.traineeKey = traineeKey;
    this.fromDay = fromDay;
    this.toDay = toDay;
  }

  public String getTraineeKey() {
    return traineeKey;
  }

  public long getFromDay() {
    return fromDay;
  }

  public long getToDay() {
    return toDay;
  }
}
