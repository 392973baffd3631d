package org.ducha.check;

import java.time.LocalDate;
import org.ducha.finding.Subject;

/**
 * What a check receives besides the institution: the inspection date, its parameters resolved for that
 * date and the profile, the shared per-institution indexes, and the finding emitter. One context per check
 * and institution; not to be kept after {@link Check#inspect} returns.
 */
public interface CheckContext {

  /** The day the institution was inspected: rules and parameters are those in force then. */
  LocalDate inspectionDate();

  /** The descriptor of the check being run. */
  CheckDescriptor descriptor();

  /** The value of {@code parameter} for this run: the profile's, or the default in force on the inspection date. */
  <T> T parameter(Parameter<T> parameter);

  /** Lookup tables over the institution's records, built once and shared by every check. */
  InstitutionIndex index();

  /** Starts a finding about {@code subject}; call {@link FindingBuilder#emit()} to report it. */
  FindingBuilder finding(Subject subject);
}
