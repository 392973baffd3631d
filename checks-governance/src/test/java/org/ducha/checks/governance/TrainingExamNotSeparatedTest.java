package org.ducha.checks.governance;

import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Severity;
import org.ducha.finding.SubjectKind;
import org.ducha.model.DocumentType;
import org.ducha.model.ExamSite;
import org.ducha.model.Institution;
import org.ducha.model.RosterEntry;
import org.ducha.model.RosterType;
import org.ducha.model.StaffRole;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

class TrainingExamNotSeparatedTest {

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(TrainingExamNotSeparated.ID);

  private static Institution withSite(Institution inst, Optional<String> headId, Optional<String> department) {
    ExamSite site = inst.examSite().orElseThrow();
    return inst.with(b -> b.examSite(new ExamSite(site.name(), headId, department, site.roomIds())));
  }

  @Test
  void silent_when_the_exam_site_has_its_own_head_department_and_scheme() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void not_applicable_without_an_exam_site() {
    assertThat(tester.inspect(Fixtures.cleanTrainingOnly())).hasOutcome(TrainingExamNotSeparated.ID, OutcomeStatus.NOT_APPLICABLE);
  }

  @Test
  void fires_when_the_institution_head_heads_the_exam_site() {
    Institution inst = withSite(Fixtures.cleanInstitution(), Optional.of(Fixtures.HEAD), Optional.of("考务科"));
    assertThat(tester.inspect(inst)).hasFinding(TrainingExamNotSeparated.ID)
        .times(1)
        .forSubject(SubjectKind.INSTITUTION, Fixtures.INSTITUTION_ID)
        .withSeverity(Severity.MAJOR)
        .withArgument("examSiteName", "示例市安全技术培训中心考试点")
        .withEvidence("reasons", List.of("same-head"))
        .withEvidence("head", "王建国");
  }

  @Test
  void fires_when_the_exam_site_head_is_head_on_the_training_roster() {
    Institution inst = Fixtures.cleanInstitution().with(b -> {
      b.headId(null);
      b.rosters.replaceAll(r -> {
        if (r.type() != RosterType.TRAINING_STAFF) {
          return r;
        }
        List<RosterEntry> entries = new java.util.ArrayList<>(r.entries());
        entries.add(new RosterEntry(Fixtures.EXAM_ADMIN, StaffRole.HEAD, false));
        return r.withEntries(entries);
      });
      return b;
    });
    assertThat(tester.inspect(inst)).hasFinding(TrainingExamNotSeparated.ID)
        .withEvidence("reasons", List.of("same-head"))
        .withEvidence("head", "冯涛");
  }

  @Test
  void fires_when_the_institution_itself_runs_the_exam_site() {
    Institution inst = withSite(Fixtures.cleanInstitution(), Optional.of(Fixtures.EXAM_ADMIN), Optional.of(" 示例市安全技术培训中心 "));
    assertThat(tester.inspect(inst)).hasFinding(TrainingExamNotSeparated.ID)
        .withEvidence("reasons", List.of("same-management"));
  }

  @Test
  void fires_without_a_separation_scheme() {
    Institution inst = Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.EXAM_SEPARATION_SCHEME);
    assertThat(tester.inspect(inst)).hasFinding(TrainingExamNotSeparated.ID)
        .times(1)
        .withEvidence("reasons", List.of("no-separation-scheme"));
  }

  @Test
  void one_finding_lists_every_reason() {
    Institution inst = withSite(Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.EXAM_SEPARATION_SCHEME),
        Optional.of(Fixtures.HEAD), Optional.of("示例市安全技术培训中心"));
    assertThat(tester.inspect(inst)).hasFinding(TrainingExamNotSeparated.ID)
        .times(1)
        .withEvidence("reasons", List.of("same-head", "same-management", "no-separation-scheme"));
  }

  @Test
  void unrecorded_head_and_department_are_no_evidence_of_overlap() {
    Institution inst = withSite(Fixtures.cleanInstitution(), Optional.empty(), Optional.empty());
    assertThat(tester.inspect(inst)).hasNoFindings();
  }
}
