package org.ducha.checks.facilities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.facilities.FacilityRecords.mapEquipment;
import static org.ducha.checks.facilities.FacilityRecords.operations;
import static org.ducha.checks.facilities.FacilityRecords.zh;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.model.PracticalRecord;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class EquipmentWrongOperationTest {

  private static final String ID = EquipmentWrongOperation.ID;

  private final CheckTester tester = CheckTester.forPack(new FacilitiesPack()).only(ID);

  @Test
  void silent_on_the_clean_institution() {
    DuchaAssertions.assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void a_practical_record_on_equipment_of_another_operation_fires_for_the_class() {
    // the coal class's practical day of 2022-02-22 recorded on the low-voltage bench
    Institution inst = Mutations.mapClass(Fixtures.cleanInstitution(), Fixtures.CLASS_BLENDED, c -> c.with(b -> {
      b.practicalRecords.replaceAll(r -> new PracticalRecord(r.id(), r.date(), r.lessonId(), r.instructorId(),
          List.of("eq-lv-bench"), r.traineeIds()));
      return b;
    }));
    InstitutionReport report = tester.inspect(inst);
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.CLASS, Fixtures.CLASS_BLENDED)
        .withEvidence("equipment", List.of("eq-lv-bench"))
        .withEvidence("dates", List.of(LocalDate.of(2022, 2, 22)));
    assertThat(zh(tester, report)).containsExactly("2022年2月21日井下电气作业复训班实操实训或考试使用的设备（低压电工实训考核台）不适用于井下电气作业");
  }

  @Test
  void exam_sessions_count_too() {
    // the low-voltage smart trainer relabelled as serving coal operations only: both low-voltage exams used it
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), "eq-lv-smart", e -> operations(e, Fixtures.OP_COAL_ELECTRICAL));
    DuchaAssertions.assertThat(tester.inspect(inst)).hasFinding(ID).times(1)
        .forSubject(SubjectKind.CLASS, Fixtures.CLASS_OFFLINE)
        .withEvidence("equipment", List.of("eq-lv-smart"))
        .withEvidence("dates", List.of(LocalDate.of(2022, 3, 10)));
  }

  @Test
  void general_purpose_equipment_fits_every_class() {
    Institution inst = mapEquipment(Fixtures.cleanInstitution(), "eq-lv-smart", e -> operations(e));
    inst = Mutations.mapClass(inst, Fixtures.CLASS_BLENDED, c -> c.with(b -> {
      b.practicalRecords.add(new PracticalRecord("pr-extra", LocalDate.of(2022, 2, 22), Optional.empty(), Fixtures.INSTRUCTOR,
          List.of("eq-lv-smart"), Fixtures.BLENDED_TRAINEES));
      return b;
    }));
    DuchaAssertions.assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
