package org.ducha.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module's main classes — core, the four packs, formats, the test kit, the command — hold the {@link Walls}.
 * They run in this module because it alone sees all of them on one class path (a module's own tests see only what it
 * depends on, and on the module path its packages are closed to a scanner).
 */
class WallsTest {

  private static JavaClasses ducha;

  @BeforeAll
  static void importDuchasClasses() {
    ducha = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ducha");
  }

  @Test
  void every_module_is_imported() {
    for (String pkg : new String[] {"org.ducha.engine", "org.ducha.internal", "org.ducha.checks.archive", "org.ducha.checks.governance",
        "org.ducha.checks.staffing", "org.ducha.checks.facilities", "org.ducha.formats", "org.ducha.testkit", "org.ducha.cli"}) {
      assertThat(ducha.containPackage(pkg)).as(pkg).isTrue();
      assertThat(ducha.getPackage(pkg).getClasses()).as(pkg).isNotEmpty();
    }
  }

  static Stream<ArchRule> rules() {
    return Walls.ALL.stream();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void the_modules_hold_the_wall(ArchRule rule) {
    rule.check(ducha);
  }
}
