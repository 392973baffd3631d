package org.ducha.benchmarks.rules;

/** Derived by the rules: hours of a lesson that count for a trainee, in ten-thousandths of a class hour (the field keeps its old name). A fact for {@code three-checks.drl}. */
public final class Credit {
  private final String traineeKey;
  private final String lessonKey;
  private final long hoursCenti;

  public Credit(String traineeKey, String lessonKey, long hoursCenti) {
    this.traineeKey = traineeKey;
    this.lessonKey = lessonKey;
    this.hoursCenti = hoursCenti;
  }

  public String getTraineeKey() {
    return traineeKey;
  }

  public String getLessonKey() {
    return lessonKey;
  }

  public long getHoursCenti() {
    return hoursCenti;
  }
}
