package org.ducha.check;

import org.ducha.model.Institution;

/**
 * One rule an inspector applies to an institution's records.
 *
 * <p>Implementations must be <b>stateless and thread-safe</b>: one instance serves every institution, on
 * any thread, at once. {@link #inspect} must not modify its arguments (the model is immutable anyway) and
 * reports what it finds only through {@link CheckContext#finding}. It reads each record a bounded number
 * of times, joining through {@link CheckContext#index()} rather than nested scans.
 *
 * <p>A check that throws yields an {@code ERROR} outcome for that institution; its findings for that
 * institution are discarded and the other checks still run.
 *
 * <p>Implement this; the engine calls it. Metadata lives in the immutable {@link #descriptor()}.
 */
public interface Check {

  /** What this check is: id, group, severity, messages, rules, parameters. Never null; always the same object. */
  CheckDescriptor descriptor();

  /**
   * Inspects one institution and emits a finding for each problem.
   *
   * @param institution the records; valid (the engine validates before calling)
   * @param context the inspection date, this check's resolved parameters, shared indexes, the emitter
   */
  void inspect(Institution institution, CheckContext context);
}
