package org.ducha.checks.staffing;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ducha.finding.SubjectKind;
import org.ducha.model.CertificateType;
import org.ducha.model.Employment;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffMember;
import org.ducha.model.StaffRole;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/**
 * The staffing items of the Jincheng 2022 notice's annex, each as the smallest change to the clean institution, and
 * what the whole pack finds: that finding and no other.
 */
class NoticeItemsTest {

  private final CheckTester pack = CheckTester.forPack(new StaffingPack());

  @Test
  void managers_and_teachers_are_the_same_people_items_1_2_5_2_6_4() {
    Institution inst = StaffingFixtures.addEntry(Fixtures.cleanInstitution(), RosterType.TRAINING_STAFF,
        new RosterEntry(Fixtures.TEACHER_1, StaffRole.MANAGER, true));
    assertThat(pack.inspect(inst)).hasFindingsExactlyOf(ManagerTeacherOverlap.ID);
  }

  @Test
  void training_staff_are_exam_staff_items_1_2_2_3_4_2() {
    Institution inst = StaffingFixtures.addEntry(Fixtures.cleanInstitution(), RosterType.EXAM_STAFF,
        new RosterEntry(Fixtures.TEACHER_2, StaffRole.EXAM_ADMINISTRATOR, true));
    assertThat(pack.inspect(inst)).hasFindingsExactlyOf(TrainingExamStaffOverlap.ID);
  }

  @Test
  void no_exam_staff_roster_and_training_staff_examine_item_3_3() {
    Institution inst = StaffingFixtures.withoutRosters(Fixtures.cleanInstitution(), RosterType.EXAM_STAFF);
    // The teacher who examines holds an examiner certificate, or the examiner check would fire as well.
    inst = StaffingFixtures.mapStaff(inst, Fixtures.TEACHER_1, s -> {
      var certificates = new ArrayList<>(s.certificates());
      certificates.add(StaffingFixtures.certificate(CertificateType.EXAMINER, "KP-2020-099", LocalDate.of(2025, 12, 31)));
      return s.withCertificates(certificates);
    });
    inst = Mutations.mapClass(inst, Fixtures.CLASS_OFFLINE, c -> c.with(b -> {
      b.exams.replaceAll(s -> new ExamSession(s.id(), s.kind(), s.date(), List.of(Fixtures.TEACHER_1, Fixtures.EXAMINER_1),
          s.scores(), List.of(Fixtures.TEACHER_1, Fixtures.EXAMINER_1), s.equipmentIds()));
      return b;
    }));
    assertThat(pack.inspect(inst)).hasFindingsExactlyOf(ExamStaffRosterMissing.ID, TrainingExamStaffOverlap.ID);
  }

  @Test
  void instructors_specialty_does_not_fit_items_3_2_7_3() {
    Institution inst = StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), Fixtures.INSTRUCTOR,
        s -> s.withSpecialties(List.of(Fixtures.OP_LOW_VOLTAGE)));
    // no qualified full-time instructor, and the practice was given by the unqualified one: two defects
    assertThat(pack.inspect(inst)).hasFindingsExactlyOf(InstructorSpecialtyMismatch.ID, PracticalTrainingUnqualifiedInstructor.ID);
  }

  @Test
  void departed_manager_still_on_the_roster_items_5_2_6_3() {
    // A fourth manager who left: with one of the three gone, too few managers would be found as well.
    Institution inst = StaffingFixtures.addStaff(Fixtures.cleanInstitution(), new StaffMember("s-m4", "林涛",
        Employment.LABOUR_CONTRACT, Optional.empty(), List.of(), List.of(), LocalDate.of(2016, 1, 1),
        Optional.of(LocalDate.of(2021, 12, 31)), Optional.of(6)));
    inst = StaffingFixtures.addEntry(inst, RosterType.TRAINING_STAFF, new RosterEntry("s-m4", StaffRole.MANAGER, true));
    assertThat(pack.inspect(inst)).hasFindingsExactlyOf(RosterStale.ID)
        .hasFinding(RosterStale.ID).forSubject(SubjectKind.ROSTER, "roster-training");
  }

  @Test
  void full_time_teachers_are_not_employees_item_6_3() {
    Institution inst = StaffingFixtures.mapStaff(Fixtures.cleanInstitution(), Fixtures.TEACHER_2,
        s -> s.withEmployment(Employment.RETIRED_REHIRED));
    assertThat(pack.inspect(inst)).hasFindingsExactlyOf(TeacherNotEmployee.ID);
  }
}
