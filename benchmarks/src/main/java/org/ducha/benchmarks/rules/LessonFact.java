package org.ducha.benchmarks.rules;

/**
 * A planned lesson: its hours in ten-thousandths, its day (epoch day), whether that day is before the inspection, and
 * whether its schedule is too short for its hours at the rulebook's minutes per class hour. A fact for {@code
 * three-checks.drl}.
 */
public final class LessonFact {
  private final String classKey;
  private final String lessonKey;
  private final long hoursCenti;
  private final long day;
  private final boolean due;
  private final boolean compressed;

  public LessonFact(String classKey, String lessonKey, long hoursCenti, long day, boolean due, boolean compressed) {
    this.compressed = compressed;
    this.classKey = classKey;
    this.lessonKey = lessonKey;
    this.hoursCenti = hoursCenti;
    this.day = day;
    this.due = due;
  }

  public String getClassKey() {
    return classKey;
  }

  public String getLessonKey() {
    return lessonKey;
  }

  public long getHoursCenti() {
    return hoursCenti;
  }

  public long getDay() {
    return day;
  }

  public boolean isDue() {
    return due;
  }

  public boolean isCompressed() {
    return compressed;
  }
}
