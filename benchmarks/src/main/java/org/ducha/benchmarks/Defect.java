package org.ducha.benchmarks;

/**
 * The defects the {@link Generator} can plant, each at its own rate. A rate is the probability, between 0 and 1,
 * that one opportunity for the defect carries it; what an opportunity is depends on the defect. At rate 0 the
 * generated records carry no defect and no first-party check finds anything.
 */
public enum Defect {
  /**
   * Per sign-in sheet line: the trainee did not sign in for the lesson. Half of these lines are missing altogether
   * (the trainee was absent without leave), half bear a sign-out without a sign-in.
   */
  MISSING_SIGN_IN,
  /** Per trainee: the trainee has exam scores but no signature on any sign-in sheet of the class. */
  SCORE_WITHOUT_ATTENDANCE,
  /**
   * Per trainee, in classes taught over two days or more: the trainee took a day's leave (a leave note covers it, the
   * day's lines are missing) and was examined all the same, short of the plan's hours.
   */
  HOURS_SHORT,
  /**
   * Per institution that operates an exam site: a teacher on the training-staff roster also serves as exam staff —
   * listed on the exam-staff roster as examiner, or (half of the cases) examining one of the class exams.
   */
  TRAINING_EXAM_STAFF,
  /**
   * Per class: one of the closing forms of its archive is missing (head-teacher log, plan-execution form, evaluation
   * report, one of the three surveys, or the assessment form with every archive card), and is not in its volume.
   */
  MISSING_ARCHIVE_FORM,
  /** Per line of the equipment ledger: the equipment is older than ten years, or recorded as worn. */
  OUTDATED_EQUIPMENT,
  /**
   * Per trainee of every institution but the first: the trainee carries the identity number of the trainee at the same
   * place of the same class of the institution before, whose lessons are at the same hours — one person signed in at
   * two institutions at once, under two names.
   */
  SHARED_TRAINEE,
  /**
   * Per institution but the first: its first teacher carries the identity number of the same teacher of the institution
   * before, teaching at the same hours; and, when both operate exam sites, so does its first examiner, examining on
   * the same days.
   */
  SHARED_STAFF
}
