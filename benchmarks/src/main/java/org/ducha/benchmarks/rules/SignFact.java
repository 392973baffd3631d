package org.ducha.benchmarks.rules;

/**
 * A line of a sign-in sheet, with the ten-thousandths of a class hour its times earn in its lesson by the clock (read
 * when the fact is made, see {@code ClassHourClock}). A fact for {@code three-checks.drl}.
 */
public final class SignFact {
  private final String traineeKey;
  private final String lessonKey;
  private final boolean signedIn;
  private final boolean signedOut;
  private final long earned;

  public SignFact(String traineeKey, String lessonKey, boolean signedIn, boolean signedOut, long earned) {
    this.earned = earned;
    this.traineeKey = traineeKey;
    this.lessonKey = lessonKey;
    this.signedIn = signedIn;
    this.signedOut = signedOut;
  }

  public String getTraineeKey() {
    return traineeKey;
  }

  public String getLessonKey() {
    return lessonKey;
  }

  public boolean isSignedIn() {
    return signedIn;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public long getEarned() {
    return earned;
  }
}
