package org.ducha.finding;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Map;
import org.ducha.check.RegulationRef;
import org.ducha.internal.Fingerprints;
import org.ducha.internal.Values;

/**
 * One thing an inspector would write down: which check, how serious, about what, and the facts that prove
 * it. Holds a message key and named arguments, never rendered text: text is rendered per locale when a
 * report is written.
 *
 * @param checkId the check that found it
 * @param severity how serious (after profile overrides)
 * @param group the problem group
 * @param institutionId the institution
 * @param subject what exactly is wrong
 * @param messageKey the key of the message text in the pack's bundles
 * @param arguments named message arguments, in insertion order (String, Number, Boolean, LocalDate,
 *     LocalTime, or a List of those)
 * @param evidence the few facts that prove it, by name, in insertion order (same value types)
 * @param regulations the rules it breaks
 * @param fingerprint stable identity across inspections; see {@link #fingerprintOf}
 */
public record Finding(
    String checkId,
    Severity severity,
    Group group,
    String institutionId,
    Subject subject,
    String messageKey,
    Map<String, Object> arguments,
    Map<String, Object> evidence,
    List<RegulationRef> regulations,
    String fingerprint) {

  public Finding {
    checkArgument(checkId != null && !checkId.isBlank(), "checkId must not be blank");
    checkNotNull(severity, "severity");
    checkNotNull(group, "group");
    checkArgument(institutionId != null && !institutionId.isBlank(), "institutionId must not be blank");
    checkNotNull(subject, "subject");
    checkArgument(messageKey != null && !messageKey.isBlank(), "messageKey must not be blank");
    arguments = Values.checkedMap(arguments, "argument");
    evidence = Values.checkedMap(evidence, "evidence");
    regulations = List.copyOf(regulations == null ? List.of() : regulations);
    String expected = fingerprintOf(checkId, institutionId, subject);
    if (fingerprint == null) {
      fingerprint = expected;
    }
    checkArgument(fingerprint.equals(expected), "fingerprint %s does not match check, institution and subject (%s)", fingerprint, expected);
  }

  /**
   * The fingerprint of a finding: a hash of the check id, the institution id and the subject's
   * {@linkplain Subject#key() key}. It never depends on message text, arguments, severity, labels or
   * position, so the same problem found again in a later inspection has the same fingerprint.
   */
  public static String fingerprintOf(String checkId, String institutionId, Subject subject) {
    return Fingerprints.of(checkId, institutionId, subject.key());
  }

  /** A copy with another severity; the fingerprint stays. */
  public Finding withSeverity(Severity newSeverity) {
    return new Finding(checkId, newSeverity, group, institutionId, subject, messageKey, arguments, evidence, regulations, fingerprint);
  }
}
