package org.ducha.check;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.ducha.model.Institution;

/**
 * Which institution a fact of an {@link InspectionCheck} came from: enough to name it in evidence and to attribute a
 * finding to it, without holding its records.
 *
 * @param id the institution's id
 * @param name its name
 * @param inspectedOn the day it was inspected
 * @param examSite the name of the exam site it operates, or empty when it operates none
 */
public record InstitutionRef(String id, String name, LocalDate inspectedOn, String examSite) {

  public InstitutionRef {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(inspectedOn, "inspectedOn");
    examSite = examSite == null ? "" : examSite;
  }

  /** The reference to {@code institution}. */
  public static InstitutionRef of(Institution institution) {
    return new InstitutionRef(institution.id(), institution.name(), institution.inspectedOn(),
        institution.examSite().map(s -> s.name()).orElse(""));
  }
}
