package org.ducha.tracking;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.regex.Pattern;
import org.ducha.finding.Finding;
import org.ducha.internal.Fingerprints;

/**
 * Names findings in a rectification plan or a waiver. Three forms:
 *
 * <ul>
 *   <li>a {@linkplain Finding#fingerprint() fingerprint}: one finding;
 *   <li>check id, institution id and subject key ({@code class:c1/trainee:t7}): the same finding, written so that
 *       people can read it (when a fingerprint is given as well, the two must agree);
 *   <li>check id and institution id, no subject: every finding of that check at that institution, as a notice's
 *       item (档案管理不规范) gathers several findings under one responsible person and deadline. An entry that names
 *       the finding itself takes precedence over such a check-wide entry.
 * </ul>
 *
 * @param fingerprint the finding's fingerprint (16 hex digits), if given
 * @param checkId the check id, if given
 * @param institutionId the institution id, if given
 * @param subjectKey the subject's {@linkplain org.ducha.finding.Subject#key() key}, if given
 */
public record FindingRef(Optional<String> fingerprint, Optional<String> checkId, Optional<String> institutionId, Optional<String> subjectKey) {

  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

  public FindingRef {
    fingerprint = blankToEmpty(fingerprint);
    checkId = blankToEmpty(checkId);
    institutionId = blankToEmpty(institutionId);
    subjectKey = blankToEmpty(subjectKey);
    Optional<String> problem = problem(fingerprint, checkId, institutionId, subjectKey);
    checkArgument(problem.isEmpty(), "%s", problem.orElse(""));
  }

  /** A reference by fingerprint. */
  public static FindingRef fingerprint(String fingerprint) {
    return new FindingRef(Optional.of(fingerprint), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A reference by check id, institution id and subject key. */
  public static FindingRef of(String checkId, String institutionId, String subjectKey) {
    return new FindingRef(Optional.empty(), Optional.of(checkId), Optional.of(institutionId), Optional.of(subjectKey));
  }

  /** A reference to every finding of check {@code checkId} at institution {@code institutionId}. */
  public static FindingRef everyFinding(String checkId, String institutionId) {
    return new FindingRef(Optional.empty(), Optional.of(checkId), Optional.of(institutionId), Optional.empty());
  }

  /** A reference to {@code finding}, by fingerprint. */
  public static FindingRef to(Finding finding) {
    return fingerprint(finding.fingerprint());
  }

  /**
   * What is wrong with these parts, if anything: nothing given, a subject without check and institution, a check
   * without institution (or the reverse), a malformed fingerprint, a fingerprint with check and institution but no
   * subject, or a fingerprint that does not match check, institution and subject. For readers that report problems
   * instead of throwing.
   */
  public static Optional<String> problem(Optional<String> fingerprint, Optional<String> checkId, Optional<String> institutionId,
      Optional<String> subjectKey) {
    Optional<String> fp = blankToEmpty(fingerprint);
    boolean check = blankToEmpty(checkId).isPresent();
    boolean institution = blankToEmpty(institutionId).isPresent();
    boolean subject = blankToEmpty(subjectKey).isPresent();
    if (fp.isEmpty() && !check && !institution && !subject) {
      return Optional.of("name the finding: a fingerprint, or check, institution and subject (or check and institution for all of its findings)");
    }
    if (check != institution || (subject && !check)) {
      return Optional.of("check and institution go together, and a subject needs both: give check, institution and subject, "
          + "check and institution, or a fingerprint alone");
    }
    if (fp.isPresent() && !FINGERPRINT.matcher(fp.get()).matches()) {
      return Optional.of("a fingerprint is 16 hex digits (0-9, a-f), as reports show it: " + fp.get());
    }
    if (fp.isPresent() && check && !subject) {
      return Optional.of("a fingerprint names one finding: give it alone, or with check, institution and subject");
    }
    if (fp.isPresent() && subject) {
      String computed = Fingerprints.of(checkId.get().strip(), institutionId.get().strip(), subjectKey.get().strip());
      if (!computed.equals(fp.get())) {
        return Optional.of("fingerprint " + fp.get() + " is not that of check, institution and subject (" + computed + ")");
      }
    }
    return Optional.empty();
  }

  /** Whether this names one finding (by fingerprint, or by check, institution and subject). */
  public boolean exact() {
    return fingerprint.isPresent() || subjectKey.isPresent();
  }

  /** The fingerprint of the one finding named, given or computed; empty for a check-wide reference. */
  public Optional<String> exactFingerprint() {
    if (fingerprint.isPresent()) {
      return fingerprint;
    }
    return subjectKey.map(s -> Fingerprints.of(checkId.get(), institutionId.get(), s));
  }

  /** Whether this names {@code finding}. */
  public boolean matches(Finding finding) {
    return exactFingerprint().map(fp -> fp.equals(finding.fingerprint()))
        .orElseGet(() -> checkId.get().equals(finding.checkId()) && institutionId.get().equals(finding.institutionId()));
  }

  /** A key unique to what this names: the fingerprint, or check and institution for a check-wide reference. */
  public String key() {
    return exactFingerprint().orElseGet(() -> checkId.get() + " @ " + institutionId.get());
  }

  /** How messages name it: {@code checkId @ institutionId / subjectKey}, {@code checkId @ institutionId}, or the fingerprint. */
  @Override
  public String toString() {
    if (checkId.isPresent()) {
      return checkId.get() + " @ " + institutionId.get() + subjectKey.map(s -> " / " + s).orElse("");
    }
    return fingerprint.get();
  }

  private static Optional<String> blankToEmpty(Optional<String> s) {
    return s == null ? Optional.empty() : s.map(String::strip).filter(v -> !v.isEmpty());
  }
}
