package org.ducha.benchmarks;

/**
 * How much the {@link Generator} makes.
 *
 * @param institutions how many institutions
 * @param classesPerInstitution training classes of each institution
 * @param traineesPerClass trainees of each class
 * @param lessonsPerClass lessons in each class's teaching plan, two a day
 */
public record Scale(int institutions, int classesPerInstitution, int traineesPerClass, int lessonsPerClass) {

  public Scale {
    require(institutions >= 0, "institutions", institutions);
    require(classesPerInstitution >= 1, "classesPerInstitution", classesPerInstitution);
    require(traineesPerClass >= 1 && traineesPerClass <= 500, "traineesPerClass", traineesPerClass);
    require(lessonsPerClass >= 1 && lessonsPerClass <= 200, "lessonsPerClass", lessonsPerClass);
  }

  /** A realistic mid-sized institution: 12 classes of 40 trainees, 16 lessons each (7,680 sign-in lines). */
  public static Scale typical(int institutions) {
    return new Scale(institutions, 12, 40, 16);
  }

  /** The same shape with another number of institutions. */
  public Scale withInstitutions(int n) {
    return new Scale(n, classesPerInstitution, traineesPerClass, lessonsPerClass);
  }

  /** Sign-in sheet lines of one institution without defects: classes × trainees × lessons. */
  public long signInsPerInstitution() {
    return (long) classesPerInstitution * traineesPerClass * lessonsPerClass;
  }

  private static void require(boolean ok, String what, int value) {
    if (!ok) {
      throw new IllegalArgumentException("out of range: " + what + " = " + value);
    }
  }
}
