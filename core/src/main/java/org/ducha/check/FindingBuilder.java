package org.ducha.check;

/**
 * Collects the parts of one finding and emits it. Obtained from {@link CheckContext#finding}; check id,
 * group, severity, institution, message key and regulation references come from the descriptor and profile.
 * Arguments and evidence keep their insertion order.
 */
public interface FindingBuilder {

  /** Adds a named message argument: String, Integer, Long, BigDecimal, Boolean, LocalDate, LocalTime or a List of those. */
  FindingBuilder arg(String name, Object value);

  /** Adds a named piece of evidence (same types as arguments). */
  FindingBuilder evidence(String name, Object value);

  /** Uses another message key of the pack's bundle for this finding. */
  FindingBuilder messageKey(String key);

  /** Emits the finding. A builder emits once. */
  void emit();
}
