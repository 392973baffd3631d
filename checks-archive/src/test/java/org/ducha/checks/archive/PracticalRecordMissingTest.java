package org.ducha.checks.archive;

import static org.ducha.checks.archive.ArchiveScenarios.inspectedOn;
import static org.ducha.checks.archive.ArchiveScenarios.offline;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;
import org.ducha.engine.InstitutionReport;
import org.ducha.model.Institution;
import org.ducha.model.PracticalRecord;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class PracticalRecordMissingTest {

  private final CheckTester tester = CheckTester.forPack(new ArchivePack()).only(PracticalRecordMissing.ID);

  private static Institution withoutRecordOfL5() {
    return offline(b -> {
      b.practicalRecords.removeIf(r -> r.date().equals(ArchiveScenarios.MARCH_9));
      return b;
    });
  }

  @Test
  void silent_on_the_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void fires_on_a_practical_day_without_a_record() {
    InstitutionReport report = tester.inspect(withoutRecordOfL5());
    assertThat(report).hasFinding(PracticalRecordMissing.ID)
        .times(1)
        .forSubjectId(Fixtures.CLASS_OFFLINE)
        .withArgument("dates", List.of(ArchiveScenarios.MARCH_9))
        .withEvidence("lessons", List.of("2022-03-09 08:30 低压配电线路安装实操"));
    Assertions.assertThat(ArchiveScenarios.zh(tester, ArchiveScenarios.only(report, PracticalRecordMissing.ID)))
        .isEqualTo("2022年3月7日低压电工初训班2022年3月9日无实训记录");
  }

  @Test
  void silent_when_a_record_of_that_day_exists_even_without_naming_the_lesson() {
    Institution inst = offline(b -> {
      b.practicalRecords.replaceAll(r -> new PracticalRecord(r.id(), r.date(), Optional.empty(),
          r.instructorId(), r.equipmentIds(), r.traineeIds()));
      return b;
    });
    assertThat(tester.inspect(inst)).hasNoFindings();
  }

  @Test
  void silent_on_a_practical_day_not_yet_due() {
    assertThat(tester.inspect(inspectedOn(withoutRecordOfL5(), ArchiveScenarios.MARCH_9))).hasNoFindings();
  }
}
