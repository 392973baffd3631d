package org.ducha.checks.archive;

import java.time.LocalDate;
import org.ducha.check.CheckContext;
import org.ducha.check.ClassIndex;
import org.ducha.check.Parameter;
import org.ducha.model.Lesson;

/**
 * The parameters by which the archive checks that count class hours (学时) read the clock, declared by each such
 * check under its own id so that a profile can set them per check, and the {@link ClassIndex.ClassHour} they make.
 *
 * <p>Minutes per class hour: AQ 8011-2023 §4.4, in force from 2024-07-01, sets at least 45 minutes offline and
 * 30 minutes online. Before that date no national text fixed a length (AQ/T 8011-2016 names none), so the
 * defaults are a floor of the project's own judgement: 40 minutes offline — the shortest class hour in common
 * Chinese school and training practice, so that only time plainly too short to be a class hour is held against an
 * institution — and 30 online, the later rule's figure, the least any rule has asked for.
 *
 * <p>A sign-in line signed in and out without times: before 2024-07-01 it earns the lesson's planned hours (no rule
 * asked for minutes, the sheet proves presence); from 2024-07-01 it earns nothing towards the hours a trainee must
 * have attended, since the hours are then defined in minutes that such a line cannot prove.
 * {@code archive.attendance.no-time} still reports the sheet without times, as its own defect.
 */
final class ClassHourParameters {

  /** The day AQ 8011-2023 came into force. */
  static final LocalDate AQ_8011_2023 = LocalDate.of(2024, 7, 1);

  private ClassHourParameters() {}

  /** Minutes per class hour offline: 40 (project floor), 45 from 2024-07-01 (AQ 8011-2023 §4.4). */
  static Parameter<Integer> offline(String checkId) {
    return Parameter.ofInt(checkId, "offlineMinutesPerClassHour", 40, 1, 120).changingOn(AQ_8011_2023, 45);
  }

  /** Minutes per class hour online: 30 (AQ 8011-2023 §4.4, and the project's floor before it). */
  static Parameter<Integer> online(String checkId) {
    return Parameter.ofInt(checkId, "onlineMinutesPerClassHour", 30, 1, 120);
  }

  /** Whether a line without times earns planned hours: true before 2024-07-01, false from then. */
  static Parameter<Boolean> untimedLinesCredited(String checkId) {
    return Parameter.ofBoolean(checkId, "untimedLinesCredited", true).changingOn(AQ_8011_2023, false);
  }

  /** The class hour of a check that declares {@code offline} and {@code online}; untimed lines credited. */
  static ClassIndex.ClassHour rule(CheckContext context, Parameter<Integer> offline, Parameter<Integer> online) {
    return new ClassIndex.ClassHour(context.parameter(offline), context.parameter(online), true);
  }

  /** The class hour of a check that declares all three parameters. */
  static ClassIndex.ClassHour rule(CheckContext context, Parameter<Integer> offline, Parameter<Integer> online,
      Parameter<Boolean> untimed) {
    return new ClassIndex.ClassHour(context.parameter(offline), context.parameter(online), context.parameter(untimed));
  }

  /**
   * The evidence of a time too short for lesson {@code l}'s class hours under {@code rule}, e.g. {@code 20 min, 4 h × 45
   * min}: what the compressed-hours checks write beside the times they judged.
   */
  static String tooShort(ClassIndex.ClassHour rule, long minutes, Lesson l) {
    return minutes + " min, " + l.hours().stripTrailingZeros().toPlainString() + " h × " + rule.minutesPerHour(l) + " min";
  }
}
