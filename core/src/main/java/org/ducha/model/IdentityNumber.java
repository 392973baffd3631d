package org.ducha.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A national identity number (居民身份证号码) as written in the records: 18 characters — a 6-digit address code,
 * an 8-digit birth date, a 3-digit sequence number and a check digit ({@code 0}–{@code 9} or {@code X}) computed by
 * ISO 7064 MOD 11-2 as GB 11643-1999 prescribes.
 *
 * <p>Identity numbers are personal information. {@link #toString()} and {@link #masked()} show at most the first 6
 * and the last 4 characters ({@code 140502********1234}); every report, log and error message uses that form. Only
 * {@link #value()} gives the number in clear, for data files and for comparing people.
 *
 * <p>Like every model value this holds what the records say, not a verdict: {@link #valueOf(String)} accepts any
 * text (trimmed, a lower-case {@code x} made upper-case) and {@code RecordValidator} reports a malformed number or a
 * wrong check digit as an input problem, with the value masked. {@link #of(String)} accepts well-formed numbers only.
 * The 15-digit first-generation form (no check digit; those cards ceased to be valid on 2013-01-01) is not accepted:
 * records must hold the 18-character number.
 */
public final class IdentityNumber implements Comparable<IdentityNumber> {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARS = "10X98765432";

  private final String value;

  private IdentityNumber(String value) {
    this.value = value;
  }

  /** The number as written (trimmed, {@code x} upper-cased), well-formed or not: {@code RecordValidator} judges it. */
  public static IdentityNumber valueOf(String text) {
    checkArgument(text != null, "identity number must not be null");
    return new IdentityNumber(text.strip().replace('x', 'X'));
  }

  /** A well-formed number; fails, naming the problem and the number masked, otherwise. */
  public static IdentityNumber of(String text) {
    IdentityNumber n = valueOf(text);
    n.problem().ifPresent(p -> {
      throw new IllegalArgumentException("identity number " + n.masked() + ": " + p);
    });
    return n;
  }

  /**
   * The number made of {@code first17} digits and the check digit they call for: how generators and tests make valid
   * numbers.
   */
  public static IdentityNumber withCheckDigit(String first17) {
    checkArgument(first17 != null && first17.length() == 17 && first17.chars().allMatch(c -> c >= '0' && c <= '9'),
        "need 17 digits, got %s characters", first17 == null ? 0 : first17.length());
    return of(first17 + checkDigit(first17));
  }

  /** The ISO 7064 MOD 11-2 check character of 17 digits ({@code 0}–{@code 9} or {@code X}). */
  public static char checkDigit(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS.charAt(sum % 11);
  }

  /**
   * {@code text} masked: the first 6 and the last 4 characters kept, every other one a {@code *}; text shorter than 14
   * characters is masked whole, so that no more than 10 characters of a number ever show.
   */
  public static String mask(String text) {
    if (text == null) {
      return "";
    }
    int n = text.length();
    if (n < 14) {
      return "*".repeat(n);
    }
    return text.substring(0, 6) + "*".repeat(n - 10) + text.substring(n - 4);
  }

  /** What is wrong with the number (never showing it), or empty when it is well formed with the right check digit. */
  public Optional<String> problem() {
    int n = value.length();
    if (n == 15 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of("the 15-digit first-generation number is not accepted: write the 18-character number");
    }
    if (n != 18) {
      return Optional.of("must be 18 characters (17 digits and a check digit 0-9 or X), found " + n);
    }
    for (int i = 0; i < 17; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.of("character " + (i + 1) + " must be a digit");
      }
    }
    char last = value.charAt(17);
    if ((last < '0' || last > '9') && last != 'X') {
      return Optional.of("the check digit (character 18) must be 0-9 or X");
    }
    try {
      LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
          Integer.parseInt(value.substring(12, 14)));
    } catch (DateTimeException e) {
      return Optional.of("characters 7-14 are not a real birth date");
    }
    if (checkDigit(value) != last) {
      return Optional.of("wrong check digit (GB 11643-1999, ISO 7064 MOD 11-2)");
    }
    return Optional.empty();
  }

  /** Whether the number is well formed with the right check digit. */
  public boolean wellFormed() {
    return problem().isEmpty();
  }

  /** The number in clear. Never print it: use {@link #masked()}. */
  public String value() {
    return value;
  }

  /** The number masked, e.g. {@code 140502********1234}. */
  public String masked() {
    return mask(value);
  }

  /**
   * The first 17 digits as a number, for compact storage; the check digit follows from them. Only for a
   * {@linkplain #wellFormed() well-formed} number.
   */
  public long digits() {
    checkArgument(value.length() == 18, "not a well-formed identity number: %s", masked());
    return Long.parseLong(value.substring(0, 17));
  }

  /** The number whose first 17 digits are {@code digits} (see {@link #digits()}). */
  public static IdentityNumber ofDigits(long digits) {
    checkArgument(digits >= 0 && digits < 100_000_000_000_000_000L, "not 17 digits: %s", digits);
    String first17 = String.format("%017d", digits);
    return new IdentityNumber(first17 + checkDigit(first17));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IdentityNumber other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public int compareTo(IdentityNumber o) {
    return value.compareTo(o.value);
  }

  /** The masked form: an identity number never prints in clear. */
  @Override
  public String toString() {
    return masked();
  }
}
