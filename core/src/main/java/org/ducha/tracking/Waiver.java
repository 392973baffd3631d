package org.ducha.tracking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An accepted exception (豁免): a finding that the authority has agreed may stand for a while, with why, who
 * approved it, and until when. A waived finding stays in the report, marked {@link TrackingState#WAIVED}, and
 * does not count toward {@code --fail-on}.
 *
 * <p>A waiver always ends: {@code expires} is mandatory, not before {@code approvedOn}, and (when read from a
 * file or given to a {@link Tracker}) at most a maximum horizon after {@code approvedOn},
 * {@value #DEFAULT_MAX_HORIZON_DAYS} days by default. It applies to an inspection held on or before
 * {@code expires}; after that it has expired, no longer applies, and the report says so.
 *
 * @param finding the finding it covers
 * @param justification why the exception is accepted
 * @param approvedBy who approved it
 * @param approvedOn the day it was approved
 * @param expires the last day it applies
 */
public record Waiver(FindingRef finding, String justification, String approvedBy, LocalDate approvedOn, LocalDate expires) {

  /** The default maximum horizon: a waiver may run at most this many days after its approval. */
  public static final int DEFAULT_MAX_HORIZON_DAYS = 365;

  public Waiver {
    checkNotNull(finding, "finding");
    checkArgument(justification != null && !justification.isBlank(), "a waiver needs a justification: %s", finding);
    checkArgument(approvedBy != null && !approvedBy.isBlank(), "a waiver needs the name of who approved it: %s", finding);
    checkNotNull(approvedOn, "approvedOn of the waiver of %s", finding);
    checkNotNull(expires, "a waiver needs an expiry date: %s", finding);
    checkArgument(!expires.isBefore(approvedOn), "the waiver of %s expires (%s) before it was approved (%s)", finding, expires, approvedOn);
  }

  /** Whether the waiver applies to an inspection held on {@code day}: on or before its expiry. */
  public boolean inForceOn(LocalDate day) {
    return !day.isAfter(expires);
  }

  /** The last expiry date allowed for a waiver approved on {@code approvedOn} with a horizon of {@code maxDays}. */
  public static LocalDate latestExpiry(LocalDate approvedOn, int maxDays) {
    return approvedOn.plusDays(maxDays);
  }

  /** Why the waiver runs past a horizon of {@code maxDays} days from its approval, if it does. */
  public Optional<String> beyondHorizon(int maxDays) {
    LocalDate latest = latestExpiry(approvedOn, maxDays);
    if (expires.isAfter(latest)) {
      return Optional.of("expires " + expires + ", more than " + maxDays + " days after its approval on " + approvedOn
          + " (the latest allowed is " + latest + ")");
    }
    return Optional.empty();
  }
}
