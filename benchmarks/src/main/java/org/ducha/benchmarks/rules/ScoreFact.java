package org.ducha.benchmarks.rules;

/** A score of a trainee on a score sheet. A fact for {@code three-checks.drl}. */
public final class ScoreFact {
  private final String traineeKey;

  public ScoreFact(String traineeKey) {
    this.traineeKey = traineeKey;
  }

  public String getTraineeKey() {
    return traineeKey;
  }
}
