package org.ducha.checks.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.checks.staffing.CrossInstitutionScenarios.OTHER;
import static org.ducha.checks.staffing.CrossInstitutionScenarios.OTHER_NAME;
import static org.ducha.checks.staffing.CrossInstitutionScenarios.other;

import java.util.List;
import java.util.Map;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.SubjectKind;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.Trainee;
import org.ducha.testkit.CheckResults;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.DuchaAssertions;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class IdentityNameMismatchTest {

  private static final String ID = IdentityNameMismatch.ID;
  private static final IdentityNumber N = Fixtures.identityNumber(51);
  private final CheckTester tester = CheckTester.forPack(new StaffingPack()).only(ID);

  /** The clean fixture; its trainee tr-01 carries N under {@code name}. */
  private static Institution withTrainee(Institution inst, String name) {
    return Mutations.mapTrainee(inst, Fixtures.CLASS_OFFLINE, "tr-01",
        t -> new Trainee(t.id(), name, t.employer(), java.util.Optional.of(N), t.operationType()));
  }

  @Test
  void fires_at_both_institutions_on_one_number_under_two_names() {
    Map<String, CheckResults> r = tester.executeTogether(withTrainee(Fixtures.cleanInstitution(), "刘洋"),
        withTrainee(other(Fixtures.cleanInstitution()), "刘扬"));
    DuchaAssertions.assertThat(r.get(Fixtures.INSTITUTION_ID).report()).hasFinding(ID).times(1)
        .forSubject(SubjectKind.TRAINEE, "tr-01")
        .withArgument("identityNumber", "140502********0510")
        .withArgument("otherNames", List.of("刘扬"))
        .withEvidence("otherRecords", List.of("刘扬 / " + OTHER_NAME + " (trainee tr-01)"));
    DuchaAssertions.assertThat(r.get(OTHER).report()).hasFinding(ID).times(1).withArgument("otherNames", List.of("刘洋"));
    CheckResults here = r.get(Fixtures.INSTITUTION_ID);
    assertThat(here.message(here.findings(ID).get(0), MessageCatalog.ZH_CN)).isEqualTo("刘洋登记的身份证号140502********0510在其他记录中登记为刘扬");
  }

  @Test
  void the_same_name_written_with_other_spaces_or_full_width_letters_is_the_same_name() {
    assertThat(tester.executeTogether(withTrainee(Fixtures.cleanInstitution(), "刘洋"),
        withTrainee(other(Fixtures.cleanInstitution()), "刘 洋\u3000")).values()).allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
    assertThat(tester.executeTogether(withTrainee(Fixtures.cleanInstitution(), "Ayixiamu"),
        withTrainee(other(Fixtures.cleanInstitution()), "Ａｙｉｘｉａｍｕ")).values()).allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
    // a single different character is a different name
    assertThat(tester.executeTogether(withTrainee(Fixtures.cleanInstitution(), "Ayixiamu"),
        withTrainee(other(Fixtures.cleanInstitution()), "Ayixiamv")).get(OTHER).findings(ID)).hasSize(1);
  }

  @Test
  void a_staff_record_and_a_trainee_record_of_one_institution_are_compared() {
    // s-t1 is 周伟; the trainee tr-01 carries the same number under 刘洋.
    Institution inst = Mutations.staffIdentity(withTrainee(Fixtures.cleanInstitution(), "刘洋"), Fixtures.TEACHER_1, N);
    InstitutionReport report = tester.inspect(inst);
    DuchaAssertions.assertThat(report).hasFinding(ID).times(2);
    DuchaAssertions.assertThat(report).hasFinding(ID).forSubject(SubjectKind.STAFF, Fixtures.TEACHER_1).withArgument("otherNames", List.of("刘洋"));
    DuchaAssertions.assertThat(report).hasFinding(ID).forSubject(SubjectKind.TRAINEE, "tr-01").withArgument("otherNames", List.of("周伟"))
        .withEvidence("otherRecords", List.of("周伟 / " + CrossInstitutionScenarios.HERE_NAME + " (staff " + Fixtures.TEACHER_1 + ")"));
  }

  @Test
  void one_trainee_record_under_two_names_in_two_classes_gives_one_finding_naming_the_other() {
    // tr-01 of the offline class is 刘洋; the blended class enrols tr-01 again, with the same number, as 刘扬.
    Institution inst = Mutations.mapClass(withTrainee(Fixtures.cleanInstitution(), "刘洋"), Fixtures.CLASS_BLENDED, c -> c.with(b -> {
      b.trainees.add(new Trainee("tr-01", "刘扬", java.util.Optional.empty(), java.util.Optional.of(N), java.util.Optional.empty()));
      return b;
    }));
    InstitutionReport report = tester.inspect(inst);
    DuchaAssertions.assertThat(report).hasFinding(ID).times(1)
        .forSubject(SubjectKind.TRAINEE, "tr-01")
        .withArgument("name", "刘洋")
        .withArgument("otherNames", List.of("刘扬"))
        .withEvidence("otherRecords", List.of("刘扬 / " + CrossInstitutionScenarios.HERE_NAME + " (trainee tr-01)"));
  }

  @Test
  void silent_on_one_person_in_two_classes_or_institutions_under_one_name() {
    Institution inst = withTrainee(Fixtures.cleanInstitution(), "刘洋");
    DuchaAssertions.assertThat(tester.inspect(inst)).hasNoFindings();
    assertThat(tester.executeTogether(inst, other(inst)).values()).allSatisfy(c -> assertThat(c.findings(ID)).isEmpty());
  }
}
