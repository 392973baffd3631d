package org.ducha.check;

import org.ducha.finding.Subject;

/**
 * What an {@link InspectionCheck} receives when it judges a key: its parameters and the finding emitter. A finding
 * belongs to one institution — one of those whose facts are judged; name the other side in its evidence. One context
 * per check and run; used from one thread at a time.
 */
public interface JudgeContext {

  /** The descriptor of the check being run. */
  CheckDescriptor descriptor();

  /** The value of {@code parameter} for {@code institution}: the profile's, or the default in force on its inspection date. */
  <T> T parameter(Parameter<T> parameter, InstitutionRef institution);

  /** Starts a finding of {@code institution} about {@code subject}; call {@link FindingBuilder#emit()} to report it. */
  FindingBuilder finding(InstitutionRef institution, Subject subject);
}
