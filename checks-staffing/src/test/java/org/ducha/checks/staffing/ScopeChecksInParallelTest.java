package org.ducha.checks.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.finding.Finding;
import org.ducha.model.IdentityNumber;
import org.ducha.model.Institution;
import org.ducha.model.Trainee;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/**
 * The pack's three inspection-scope checks judged one after another (parallelism 1) and at once on several threads
 * give the same reports, finding for finding and in the same order.
 */
class ScopeChecksInParallelTest {

  /** Teacher, examiner and a trainee shared by the two institutions, the trainee under another name there. */
  private static List<Institution> institutions() {
    Institution here = Mutations.staffIdentity(Mutations.staffIdentity(Fixtures.cleanInstitution(), Fixtures.TEACHER_1,
        Fixtures.identityNumber(31)), Fixtures.EXAMINER_1, Fixtures.identityNumber(41));
    IdentityNumber n = Fixtures.identityNumber(51);
    Institution a = Mutations.mapTrainee(here, Fixtures.CLASS_OFFLINE, "tr-01",
        t -> new Trainee(t.id(), "刘洋", t.employer(), Optional.of(n), t.operationType()));
    Institution b = Mutations.mapTrainee(CrossInstitutionScenarios.other(here), Fixtures.CLASS_OFFLINE, "tr-01",
        t -> new Trainee(t.id(), "刘扬", t.employer(), Optional.of(n), t.operationType()));
    return List.of(a, b);
  }

  private static InspectionReport inspect(int parallelism) {
    Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new StaffingPack()).parallelism(parallelism).build();
    return inspector.inspect(Optional.empty(), institutions().stream());
  }

  private static List<Finding> findings(InspectionReport report) {
    return report.institutions().stream().map(InstitutionReport::findings).flatMap(List::stream).toList();
  }

  @Test
  void judging_on_several_threads_gives_the_reports_of_judging_on_one() {
    InspectionReport one = inspect(1);
    assertThat(findings(one)).extracting(Finding::checkId).contains(TeacherAcrossInstitutions.ID, ExaminerAcrossSites.ID,
        IdentityNameMismatch.ID);
    for (int parallelism : new int[] {2, 3}) {
      for (int run = 0; run < 5; run++) {
        InspectionReport many = inspect(parallelism);
        assertThat(findings(many)).as("parallelism %d, run %d", parallelism, run).containsExactlyElementsOf(findings(one));
        assertThat(many.institutions()).extracting(InstitutionReport::outcomes)
            .containsExactlyElementsOf(one.institutions().stream().map(InstitutionReport::outcomes).toList());
      }
    }
  }
}
