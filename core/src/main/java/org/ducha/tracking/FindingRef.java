package org.ducha.tracking;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.regex.Pattern;
import org.ducha.finding.Finding;
import org.ducha.internal.Fingerprints;

/**
 * Names one finding in a rectification plan or a waiver: by its {@linkplain Finding#fingerprint() fingerprint},
 * or by check id, institution id and subject key ({@code class:c1/trainee:t7}), which give the same
 * fingerprint. When both are given they must agree.
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

  /** A reference to {@code finding}, by fingerprint. */
  public static FindingRef to(Finding finding) {
    return fingerprint(finding.fingerprint());
  }

  /**
   * What is wrong with these parts, if anything: neither form given, a partial triple, a malformed fingerprint,
   * or a fingerprint that does not match the triple. For readers that report problems instead of throwing.
   */
  public static Optional<String> problem(Optional<String> fingerprint, Optional<String> checkId, Optional<String> institutionId,
      Optional<String> subjectKey) {
    Optional<String> fp = blankToEmpty(fingerprint);
    int parts = (blankToEmpty(checkId).isPresent() ? 1 : 0) + (blankToEmpty(institutionId).isPresent() ? 1 : 0)
        + (blankToEmpty(subjectKey).isPresent() ? 1 : 0);
    if (fp.isEmpty() && parts == 0) {
      return Optional.of("name the finding: a fingerprint, or check, institution and subject");
    }
    if (parts != 0 && parts != 3) {
      return Optional.of("check, institution and subject go together: give all three (or a fingerprint alone)");
    }
    if (fp.isPresent() && !FINGERPRINT.matcher(fp.get()).matches()) {
      return Optional.of("a fingerprint is 16 hex digits (0-9, a-f), as reports show it: " + fp.get());
    }
    if (fp.isPresent() && parts == 3) {
      String computed = Fingerprints.of(checkId.get().strip(), institutionId.get().strip(), subjectKey.get().strip());
      if (!computed.equals(fp.get())) {
        return Optional.of("fingerprint " + fp.get() + " is not that of check, institution and subject (" + computed + ")");
      }
    }
    return Optional.empty();
  }

  /** The fingerprint of the finding named: given, or computed from check, institution and subject. */
  public String resolve() {
    return fingerprint.orElseGet(() -> Fingerprints.of(checkId.get(), institutionId.get(), subjectKey.get()));
  }

  /** Whether this names {@code finding}. */
  public boolean matches(Finding finding) {
    return resolve().equals(finding.fingerprint());
  }

  /** How messages name it: {@code checkId @ institutionId / subjectKey}, or the fingerprint. */
  @Override
  public String toString() {
    if (checkId.isPresent()) {
      return checkId.get() + " @ " + institutionId.get() + " / " + subjectKey.get();
    }
    return fingerprint.get();
  }

  private static Optional<String> blankToEmpty(Optional<String> s) {
    return s == null ? Optional.empty() : s.map(String::strip).filter(v -> !v.isEmpty());
  }
}
