package org.ducha.checks.staffing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.ClassIndex;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Employment;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonRecord;
import org.ducha.model.StaffMember;
import org.ducha.model.TrainingClass;

/**
 * 外请教师较多，调整课程现象频繁: outside teachers give too large a share of the teaching, or too many lessons are
 * not given as planned. One finding per institution.
 *
 * <p>Read over every delivered lesson on file: a planned lesson with at least one delivery record, its first record
 * standing for it. It fails when either
 * <ul>
 *   <li>the hours of delivered lessons whose record names a teacher engaged from outside ({@link Employment#ENGAGED},
 *       外聘) are more than {@code maxExternalSharePercent} % of all delivered hours, or
 *   <li>the delivered lessons whose record gives another day or another teacher than the plan (调整课程) are more
 *       than {@code maxChangedSharePercent} % of all delivered lessons.
 * </ul>
 * Both shares are reported whichever one fails, as the notice names both together.
 */
public final class ExternalTeachersExcessive implements Check {

  static final String ID = "staffing.external-teachers.excessive";

  static final Parameter<BigDecimal> MAX_EXTERNAL_SHARE = Parameter.ofDecimal(ID, "maxExternalSharePercent", "50", "0", "100");
  static final Parameter<BigDecimal> MAX_CHANGED_SHARE = Parameter.ofDecimal(ID, "maxChangedSharePercent", "20", "0", "100");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.teaching")
      .severity(Severity.MAJOR)
      .regulation(RegulationRef.projectJudgement(
          "No regulation fixes a share of outside teachers or of rescheduled lessons; the 2022 Jincheng notice names both as the sign of too few teachers of one's own."))
      .parameter(MAX_EXTERNAL_SHARE)
      .parameter(MAX_CHANGED_SHARE)
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    BigDecimal deliveredHours = BigDecimal.ZERO;
    BigDecimal externalHours = BigDecimal.ZERO;
    int delivered = 0;
    int changed = 0;
    Set<String> externalTeachers = new LinkedHashSet<>();
    for (TrainingClass c : institution.classes()) {
      ClassIndex ci = context.index().of(c);
      for (Lesson l : c.lessons()) {
        List<LessonRecord> records = ci.lessonRecords(l.id());
        if (records.isEmpty()) {
          continue;
        }
        LessonRecord r = records.get(0);
        delivered++;
        deliveredHours = deliveredHours.add(l.hours());
        Optional<StaffMember> teacher = context.index().staff(r.teacherId());
        if (teacher.isPresent() && teacher.get().employment() == Employment.ENGAGED) {
          externalHours = externalHours.add(l.hours());
          externalTeachers.add(teacher.get().name());
        }
        if (!r.date().equals(l.date()) || !r.teacherId().equals(l.teacherId())) {
          changed++;
        }
      }
    }
    if (delivered == 0) {
      return;
    }
    BigDecimal deliveredCount = BigDecimal.valueOf(delivered);
    BigDecimal changedCount = BigDecimal.valueOf(changed);
    // Compared unrounded: part * 100 > limit * whole.
    boolean tooExternal = externalHours.multiply(HUNDRED).compareTo(context.parameter(MAX_EXTERNAL_SHARE).multiply(deliveredHours)) > 0;
    boolean tooChanged = changedCount.multiply(HUNDRED).compareTo(context.parameter(MAX_CHANGED_SHARE).multiply(deliveredCount)) > 0;
    if (!tooExternal && !tooChanged) {
      return;
    }
    context.finding(Subject.institution(institution))
        .arg("externalHours", externalHours)
        .arg("deliveredHours", deliveredHours)
        .arg("externalShare", percent(externalHours, deliveredHours))
        .arg("changedLessons", changed)
        .arg("deliveredLessons", delivered)
        .arg("changedShare", percent(changedCount, deliveredCount))
        .evidence("externalTeachers", List.copyOf(externalTeachers))
        .evidence("externalShareExceeded", tooExternal)
        .evidence("changedShareExceeded", tooChanged)
        .emit();
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
