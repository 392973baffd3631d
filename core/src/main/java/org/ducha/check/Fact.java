package org.ducha.check;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One fact an institution contributed under a key of an {@link InspectionCheck}.
 *
 * @param institution where it came from
 * @param value the fact, as the check's codec read it back
 * @param <F> the fact type
 */
public record Fact<F>(InstitutionRef institution, F value) {

  public Fact {
    checkNotNull(institution, "institution");
    checkNotNull(value, "value");
  }
}
