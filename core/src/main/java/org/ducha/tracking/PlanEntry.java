package org.ducha.tracking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of a rectification plan (整改方案): the earlier finding it answers, who is responsible (责任人) and by
 * when it must be rectified (整改期限).
 *
 * @param finding the earlier finding
 * @param responsible the person responsible
 * @param deadline the last day for the rectification: a finding still found after this day is overdue
 * @param measures what will be done, if written down
 */
public record PlanEntry(FindingRef finding, String responsible, LocalDate deadline, Optional<String> measures) {

  public PlanEntry {
    checkNotNull(finding, "finding");
    checkArgument(responsible != null && !responsible.isBlank(), "a plan entry needs a responsible person: %s", finding);
    checkNotNull(deadline, "deadline of %s", finding);
    measures = measures == null ? Optional.empty() : measures.filter(m -> !m.isBlank());
  }

  /** An entry with no measures written down. */
  public static PlanEntry of(FindingRef finding, String responsible, LocalDate deadline) {
    return new PlanEntry(finding, responsible, deadline, Optional.empty());
  }

  /** Whether a finding still found on {@code day} is past this entry's deadline. */
  public boolean overdueOn(LocalDate day) {
    return day.isAfter(deadline);
  }
}
