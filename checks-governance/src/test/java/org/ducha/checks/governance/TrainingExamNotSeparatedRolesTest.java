package org.ducha.checks.governance;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ducha.model.ExamSite;
import org.ducha.model.Institution;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/** Which training-roster role makes the exam site's head "the same head", and what a same-management finding names. */
class TrainingExamNotSeparatedRolesTest {

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(TrainingExamNotSeparated.ID);

  private static Institution withSite(Optional<String> headId, Optional<String> department) {
    Institution inst = Fixtures.cleanInstitution();
    ExamSite site = inst.examSite().orElseThrow();
    return inst.with(b -> b.examSite(new ExamSite(site.name(), headId, department, site.roomIds())));
  }

  @Test
  void a_training_manager_heading_the_exam_site_is_not_the_same_head() {
    // MANAGER_1 is on the training roster as a manager and a head teacher, never as its head.
    assertThat(tester.inspect(withSite(Optional.of(Fixtures.MANAGER_1), Optional.of("考务科")))).hasNoFindings();
  }

  @Test
  void a_same_management_finding_names_the_managing_department() {
    String department = "示例市 安全技术培训中心";
    assertThat(tester.inspect(withSite(Optional.of(Fixtures.EXAM_ADMIN), Optional.of(department))))
        .hasFinding(TrainingExamNotSeparated.ID)
        .times(1)
        .withEvidence("reasons", List.of("same-management"))
        .withEvidence("managingDepartment", department);
  }
}
