package org.ducha.check;

import java.time.LocalDate;

/**
 * What an {@link InspectionCheck} receives while it reads one institution: the inspection date, its parameters
 * resolved for that date and the profile, the shared per-institution indexes, and the fact emitter. One context per
 * check and institution; not to be kept after {@link InspectionCheck#collect} returns.
 *
 * @param <K> the check's key type
 * @param <F> the check's fact type
 */
public interface CollectContext<K, F> {

  /** The day the institution was inspected. */
  LocalDate inspectionDate();

  /** The descriptor of the check being run. */
  CheckDescriptor descriptor();

  /** The value of {@code parameter} for this institution: the profile's, or the default in force on the inspection date. */
  <T> T parameter(Parameter<T> parameter);

  /** Lookup tables over the institution's records. */
  InstitutionIndex index();

  /** Keeps {@code fact} under {@code key} for judging at the end of the run. */
  void fact(K key, F fact);
}
