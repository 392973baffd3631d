package org.ducha.checks.staffing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ducha.model.CertificateType;
import org.ducha.model.DeliveryMode;
import org.ducha.model.Employment;
import org.ducha.model.ExamKind;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.Lesson;
import org.ducha.model.LessonKind;
import org.ducha.model.LessonRecord;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.StaffRole;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.ducha.testkit.PackContract;
import org.junit.jupiter.api.Test;

/** The staffing pack keeps the pack contract: ids, descriptors, messages, determinism, thread safety, fixtures. */
class PackContractTest {

  private static final Institution CLEAN = Fixtures.cleanInstitution();

  @Test
  void the_staffing_pack_keeps_the_pack_contract() {
    PackContract.of(new StaffingPack())
        .clean(CLEAN, Fixtures.cleanTrainingOnly())
        .firing(ExamStaffRosterMissing.ID, StaffingFixtures.withoutRosters(CLEAN, RosterType.EXAM_STAFF))
        .firing(ExaminerCertificateInvalid.ID, StaffingFixtures.mapStaff(CLEAN, Fixtures.EXAMINER_2,
            s -> s.withCertificates(List.of(StaffingFixtures.certificate(CertificateType.EXAMINER, "KP-X", LocalDate.of(2022, 3, 9))))))
        .firing(ExternalTeachersExcessive.ID, rescheduled("l1", "l2", "l3"))
        .firing(InstructorSpecialtyMismatch.ID, instructorOnlyLowVoltage())
        .firing(PracticalTrainingUnqualifiedInstructor.ID,
            instructorOnlyLowVoltage(),
            // a qualified instructor exists, but someone else taught
            StaffingFixtures.addEntry(StaffingFixtures.addStaff(instructorOnlyLowVoltage(),
                StaffingFixtures.person("s-p2", "韩冰", List.of(Fixtures.OP_COAL_ELECTRICAL), List.of())),
                RosterType.TRAINING_STAFF, new RosterEntry("s-p2", StaffRole.PRACTICAL_INSTRUCTOR, true)))
        .firing(ManagerTeacherOverlap.ID, StaffingFixtures.addEntry(CLEAN, RosterType.TRAINING_STAFF,
            new RosterEntry(Fixtures.TEACHER_1, StaffRole.MANAGER, true)))
        .firing(ManagersTooFew.ID, StaffingFixtures.mapStaff(CLEAN, Fixtures.MANAGER_3, s -> s.withLeftOn(LocalDate.of(2022, 2, 1))))
        .firing(RosterStale.ID,
            StaffingFixtures.mapStaff(CLEAN, Fixtures.MANAGER_2, s -> s.withLeftOn(LocalDate.of(2022, 1, 31))),
            StaffingFixtures.mapStaff(CLEAN, Fixtures.EXAMINER_1, s -> s.withLeftOn(LocalDate.of(2022, 4, 1))))
        .firing(TeacherCertificateExpired.ID, StaffingFixtures.mapStaff(CLEAN, Fixtures.TEACHER_1,
            s -> s.withCertificates(List.of(StaffingFixtures.certificate(CertificateType.TEACHER, "JS-X", LocalDate.of(2022, 3, 7))))))
        .firing(TeacherDoubleBooked.ID, Mutations.mapClass(CLEAN, Fixtures.CLASS_BLENDED, c -> c.with(b -> {
          b.lessons.add(new Lesson("m9", LocalDate.of(2022, 3, 7), LocalTime.of(10, 0), LocalTime.of(12, 0), "补充课程", Fixtures.TEACHER_1,
              BigDecimal.ONE, LessonKind.THEORY, DeliveryMode.OFFLINE));
          return b;
        })))
        .firing(TeacherExperienceShort.ID, StaffingFixtures.mapStaff(CLEAN, Fixtures.TEACHER_2, s -> new StaffMember(s.id(), s.name(),
            s.employment(), s.employer(), s.specialties(), s.certificates(), s.hiredOn(), s.leftOn(), Optional.of(4))))
        .firing(TeacherNotEmployee.ID, StaffingFixtures.mapStaff(CLEAN, Fixtures.TEACHER_2, s -> s.withEmployment(Employment.DISPATCHED)))
        .firing(TrainingExamStaffOverlap.ID,
            StaffingFixtures.addEntry(CLEAN, RosterType.EXAM_STAFF, new RosterEntry(Fixtures.TEACHER_1, StaffRole.INVIGILATOR, false)),
            teacherExaminedWithoutRoster())
        .firingTogether(TeacherAcrossInstitutions.ID, withStaffIdentity(Fixtures.TEACHER_1, 1), CrossInstitutionScenarios.other(withStaffIdentity(Fixtures.TEACHER_1, 1)))
        .firingTogether(ExaminerAcrossSites.ID, withStaffIdentity(Fixtures.EXAMINER_1, 2), CrossInstitutionScenarios.other(withStaffIdentity(Fixtures.EXAMINER_1, 2)))
        .firingTogether(IdentityNameMismatch.ID, withStaffIdentity(Fixtures.TEACHER_1, 3), CrossInstitutionScenarios.other(withStaffIdentity(Fixtures.TEACHER_2, 3)))
        .cleanTogether(withStaffIdentity(Fixtures.TEACHER_1, 4), CrossInstitutionScenarios.other(withStaffIdentity(Fixtures.TEACHER_1, 5)))
        .discoverable()
        .verify();
  }

  private static Institution instructorOnlyLowVoltage() {
    return StaffingFixtures.mapStaff(CLEAN, Fixtures.INSTRUCTOR, s -> s.withSpecialties(List.of(Fixtures.OP_LOW_VOLTAGE)));
  }

  /** The offline lessons {@code lessonIds} given a day later than planned. */
  private static Institution rescheduled(String... lessonIds) {
    List<String> ids = List.of(lessonIds);
    return Mutations.mapClass(CLEAN, Fixtures.CLASS_OFFLINE, c -> c.with(b -> {
      b.lessonRecords.replaceAll(r -> ids.contains(r.lessonId())
          ? new LessonRecord(r.lessonId(), r.date().plusDays(1), r.topic(), r.teacherId(), r.teacherSigned()) : r);
      return b;
    }));
  }

  /** No exam-staff roster, and teacher 周伟 examined the offline class's practical exam. */
  private static Institution teacherExaminedWithoutRoster() {
    String practical = Fixtures.examSessionId(Fixtures.CLASS_OFFLINE, ExamKind.PRACTICAL);
    return Mutations.mapExamSession(StaffingFixtures.withoutRosters(CLEAN, RosterType.EXAM_STAFF), Fixtures.CLASS_OFFLINE, practical, s -> {
      List<String> examiners = new ArrayList<>(s.examinerIds());
      examiners.add(Fixtures.TEACHER_1);
      return new ExamSession(s.id(), s.kind(), s.date(), examiners, s.scores(), s.scoreSheetSignedBy(), s.equipmentIds());
    });
  }

  private static org.ducha.model.Institution withStaffIdentity(String staffId, int serial) {
    return Mutations.staffIdentity(Fixtures.cleanInstitution(), staffId, Fixtures.identityNumber(serial));
  }
}
