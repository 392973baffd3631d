package org.example.embedding;

import java.time.LocalDate;
import java.util.List;

/**
 * A teacher as the staff module keeps them.
 *
 * @param id the staff number
 * @param name the person's name
 * @param instructor whether they teach practical sessions (otherwise theory)
 * @param employee whether the centre employs them (otherwise a freelancer paid by the session)
 * @param fullTime whether they work full time for the centre
 * @param subjects codes of the operations they are qualified to teach, e.g. {@code electrician-low-voltage}
 * @param licenceValidUntil the last day of their teaching licence
 * @param yearsOfPractice years of practice in the field
 * @param joined the first day of work
 */
public record Teacher(String id, String name, boolean instructor, boolean employee, boolean fullTime, List<String> subjects,
    LocalDate licenceValidUntil, int yearsOfPractice, LocalDate joined) {
  public Teacher {
    subjects = List.copyOf(subjects);
  }
}
