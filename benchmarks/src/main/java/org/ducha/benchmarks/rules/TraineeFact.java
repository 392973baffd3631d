package org.ducha.benchmarks.rules;

/** A trainee of a class. A fact for {@code three-checks.drl}. */
public final class TraineeFact {
  private final String classKey;
  private final String traineeKey;
  private final String name;

  public TraineeFact(String classKey, String traineeKey, String name) {
    this.classKey = classKey;
    this.traineeKey = traineeKey;
    this.name = name;
  }

  public String getClassKey() {
    return classKey;
  }

  public String getTraineeKey() {
    return traineeKey;
  }

  public String getName() {
    return name;
  }
}
