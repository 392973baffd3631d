package org.example.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ducha.testkit.DuchaAssertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.ducha.checks.governance.GovernancePack;
import org.ducha.model.DocumentType;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;
import org.junit.jupiter.api.Test;

/** A host on JUnit 5.11 tests a first-party pack with Ducha's test kit. */
class JUnit5HostTest {

  private static final String EMERGENCY_PLAN_MISSING = "governance.emergency-plan.missing";

  private final CheckTester tester = CheckTester.forPack(new GovernancePack()).only(EMERGENCY_PLAN_MISSING);

  @Test
  void the_tests_run_on_the_hosts_junit_and_no_other() {
    String expected = System.getProperty("junit5.version");
    // Surefire passes the test class path in this property (java.class.path holds only its booter jar).
    List<String> junitJars = Arrays.stream(System.getProperty("surefire.test.class.path").split(File.pathSeparator))
        .map(p -> new File(p).getName())
        .filter(n -> n.startsWith("junit-jupiter"))
        .toList();

    assertThat(Test.class.getPackage().getImplementationVersion()).isEqualTo(expected);
    assertThat(junitJars).isNotEmpty().allSatisfy(jar -> assertThat(jar).endsWith("-" + expected + ".jar"));
  }

  @Test
  void the_test_kit_passes_a_clean_institution() {
    assertThat(tester.inspect(Fixtures.cleanInstitution())).hasNoFindings();
  }

  @Test
  void the_test_kit_sees_a_finding() {
    assertThat(tester.inspect(Mutations.withoutDocument(Fixtures.cleanInstitution(), DocumentType.EMERGENCY_PLAN)))
        .hasFinding(EMERGENCY_PLAN_MISSING).times(1);
  }
}
