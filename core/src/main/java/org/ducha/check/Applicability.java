package org.ducha.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Predicate;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Institution;

/**
 * Which institutions a check applies to. Where it does not apply, the outcome is {@code NOT_APPLICABLE}
 * and the check is not run.
 *
 * @param descriptionKey message key of a short description, e.g. {@code applicability.exam-sites}
 * @param test whether an institution is in scope
 */
public record Applicability(String descriptionKey, Predicate<Institution> test) {

  /** Every institution. */
  public static final Applicability ALL = new Applicability("applicability.all", i -> true);

  /** Institutions that also operate an exam site (兼考试点). */
  public static final Applicability EXAM_SITES = new Applicability("applicability.exam-sites", Institution::operatesExamSite);

  /** Institutions with at least one online or blended class. */
  public static final Applicability ONLINE_TRAINING = new Applicability("applicability.online-training",
      i -> i.classes().stream().anyMatch(c -> c.mode() != DeliveryMode.OFFLINE));

  public Applicability {
    checkArgument(descriptionKey != null && !descriptionKey.isBlank(), "descriptionKey must not be blank");
    checkNotNull(test, "test");
  }

  /** Whether {@code institution} is in scope. */
  public boolean appliesTo(Institution institution) {
    return test.test(institution);
  }
}
