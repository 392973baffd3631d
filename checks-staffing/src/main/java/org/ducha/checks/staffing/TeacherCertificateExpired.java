package org.ducha.checks.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.RegulationRef;
import org.ducha.check.Regulations;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.model.Certificate;
import org.ducha.model.CertificateType;
import org.ducha.model.Institution;
import org.ducha.model.LessonRecord;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.TrainingClass;

/**
 * 教师培训教师资格证书过期: a teacher taught, or stays on the roster as teacher, after their teacher certificate
 * (培训教师资格) expired. One finding per person.
 *
 * <p>The days that count are those on which the person delivered a lesson (lesson records on file) and, for
 * people the training-staff roster lists as teacher or practical instructor, the inspection date. On such a day
 * the person holds teacher certificates, none valid that day, and at least one expired before it. People who never
 * held a teacher certificate are not this check's concern: no regulation read requires one.
 *
 * <p>As serious (MAJOR) as {@link ExaminerCertificateInvalid}: the same lapse, on the teaching side.
 */
public final class TeacherCertificateExpired implements Check {

  static final String ID = "staffing.teacher.certificate-expired";

  private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, Group.STAFFING)
      .topic("staffing.qualification")
      .severity(Severity.MAJOR)
      .regulation(Regulations.aqt2016("3.1.3"))
      .regulation(RegulationRef.projectJudgement(
          "Where the institution keeps teacher certificates on file, teaching after one lapsed shows a qualification not kept up. "
              + "Graded MAJOR, as examining on a lapsed examiner certificate (staffing.examiner.certificate-invalid) is: "
              + "in both a person does the work the certificate vouches for without it, and trainees taught by an uncertified teacher "
              + "are no better served than candidates examined by an uncertified examiner"))
      .build();

  @Override
  public CheckDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void inspect(Institution institution, CheckContext context) {
    LocalDate today = context.inspectionDate();
    Map<String, TreeSet<LocalDate>> days = new LinkedHashMap<>();
    for (ListedPerson p : ListedPerson.current(context.index(), RosterType.TRAINING_STAFF, today)) {
      if (p.teaches()) {
        days.computeIfAbsent(p.member().id(), k -> new TreeSet<>()).add(today);
      }
    }
    for (TrainingClass c : institution.classes()) {
      for (LessonRecord r : c.lessonRecords()) {
        if (!r.date().isAfter(today)) {
          days.computeIfAbsent(r.teacherId(), k -> new TreeSet<>()).add(r.date());
        }
      }
    }
    for (Map.Entry<String, TreeSet<LocalDate>> e : days.entrySet()) {
      Optional<StaffMember> member = context.index().staff(e.getKey());
      if (member.isEmpty()) {
        continue;
      }
      List<Certificate> certificates = member.get().certificates().stream()
          .filter(c -> c.type() == CertificateType.TEACHER).toList();
      if (certificates.isEmpty()) {
        continue;
      }
      List<LocalDate> lapsed = new ArrayList<>();
      LocalDate expiredOn = null;
      for (LocalDate day : e.getValue()) {
        LocalDate expired = lastExpiryBefore(certificates, day);
        if (expired != null && certificates.stream().noneMatch(c -> c.validOn(day))) {
          lapsed.add(day);
          expiredOn = expired;
        }
      }
      if (!lapsed.isEmpty()) {
        context.finding(Subject.staff(member.get()))
            .arg("name", member.get().name())
            .arg("validUntil", expiredOn)
            .evidence("days", lapsed)
            .emit();
      }
    }
  }

  /** The latest expiry date before {@code day} among {@code certificates}, or null if none expired by then. */
  private static LocalDate lastExpiryBefore(List<Certificate> certificates, LocalDate day) {
    LocalDate latest = null;
    for (Certificate c : certificates) {
      if (c.validUntil().isPresent() && c.validUntil().get().isBefore(day)
          && (latest == null || c.validUntil().get().isAfter(latest))) {
        latest = c.validUntil().get();
      }
    }
    return latest;
  }
}
