package org.ducha.check;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The period in which a rule is in force, by inspection date.
 *
 * @param from first day in force; empty for "always has been"
 * @param until last day in force; empty for "still is"
 */
public record InForce(Optional<LocalDate> from, Optional<LocalDate> until) {

  /** Always in force. */
  public static final InForce ALWAYS = new InForce(Optional.empty(), Optional.empty());

  public InForce {
    from = from == null ? Optional.empty() : from;
    until = until == null ? Optional.empty() : until;
    checkArgument(from.isEmpty() || until.isEmpty() || !until.get().isBefore(from.get()),
        "in-force period ends before it starts: %s .. %s", from, until);
  }

  /** In force from {@code from} to {@code until}, both inclusive. */
  public static InForce between(LocalDate from, LocalDate until) {
    return new InForce(Optional.of(from), Optional.of(until));
  }

  /** In force from {@code from} on. */
  public static InForce since(LocalDate from) {
    return new InForce(Optional.of(from), Optional.empty());
  }

  /** Whether the rule is in force on {@code date}. */
  public boolean covers(LocalDate date) {
    return from.map(f -> !date.isBefore(f)).orElse(true) && until.map(u -> !date.isAfter(u)).orElse(true);
  }
}
