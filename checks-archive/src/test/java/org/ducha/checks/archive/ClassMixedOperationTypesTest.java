package org.ducha.checks.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class ClassMixedOperationTypesTest {

  private static final String ID = ClassMixedOperationTypes.ID;
  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(ID);

  private static Institution ownType(Institution inst, String traineeId, String code) {
    return Mutations.mapTrainee(inst, Fixtures.CLASS_OFFLINE, traineeId, t -> t.withOperationType(code));
  }

  @Test
  void silent_when_no_trainee_records_an_operation_type() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void silent_when_every_recorded_type_is_the_class_s_own_even_with_surrounding_spaces() {
    Institution inst = ownType(ownType(Fixtures.cleanInstitution(), "tr-01", Fixtures.OP_LOW_VOLTAGE), "tr-02", " " + Fixtures.OP_LOW_VOLTAGE + " ");
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void fires_once_per_class_naming_the_trainees_of_other_types() {
    Institution inst = ownType(ownType(ownType(Fixtures.cleanInstitution(), "tr-01", Fixtures.OP_LOW_VOLTAGE),
        "tr-02", Fixtures.OP_COAL_ELECTRICAL), "tr-04", "welding");
    InstitutionReport report = tester.inspect(inst);
    assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.CLASS, Fixtures.CLASS_OFFLINE)
        .withArgument("classOperationType", "低压电工作业")
        .withArgument("traineeNames", List.of("陈晨", "黄磊"))
        .withArgument("otherOperationTypes", List.of("井下电气作业", "welding"))
        .withArgument("count", 2)
        .withEvidence("trainees", List.of("陈晨 (tr-02): coal-underground-electrical", "黄磊 (tr-04): welding"));
    assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, ID)))
        .isEqualTo("2022年3月7日低压电工初训班（作业类别低压电工作业）中有2名学员报名的作业类别为井下电气作业、welding：陈晨、黄磊");
  }

  @Test
  void codes_differing_only_in_case_are_different_types() {
    Institution inst = ownType(Fixtures.cleanInstitution(), "tr-01", Fixtures.OP_LOW_VOLTAGE.toUpperCase());
    assertThat(tester.inspect(inst)).hasFinding(ID).times(1).withArgument("count", 1);
  }
}
