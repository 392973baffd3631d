package org.ducha.checks.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.model.Agreement;

/**
 * The agreement of one type that lapsed before a day with nothing in force that day: shared by the checks of the
 * service agreements, one check per type of service.
 */
final class LapsedAgreement {
  private LapsedAgreement() {}

  /**
   * Of {@code agreements} (all of one type), the one that ended last before {@code date}, when none of them is in
   * force on {@code date}; empty when one is in force, or none ever ended.
   */
  static Optional<Agreement> of(List<Agreement> agreements, LocalDate date) {
    if (agreements.stream().anyMatch(a -> a.coversDate(date))) {
      return Optional.empty();
    }
    Optional<Agreement> lastEnded = Optional.empty();
    for (Agreement a : agreements) {
      if (a.end().isPresent() && a.end().get().isBefore(date)
          && lastEnded.map(l -> a.end().get().isAfter(l.end().get())).orElse(true)) {
        lastEnded = Optional.of(a);
      }
    }
    return lastEnded;
  }
}
