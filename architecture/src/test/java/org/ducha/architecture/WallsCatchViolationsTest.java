package org.ducha.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.ducha.checks.violating.PackReadingFiles;
import org.ducha.formats.violating.ReachingIntoInternal;
import org.ducha.model.violating.GuavaInSignature;
import org.junit.jupiter.api.Test;

/**
 * The {@link Walls} fail where they should: each rule run over a deliberately violating class of the test sources
 * reports it, naming the class and what it reaches for. (Without this, a rule that matched nothing would pass.)
 */
class WallsCatchViolationsTest {

  private static final JavaClasses VIOLATING = new ClassFileImporter()
      .importClasses(PackReadingFiles.class, ReachingIntoInternal.class, GuavaInSignature.class);

  @Test
  void a_pack_that_imports_formats_breaks_the_pack_rule() {
    EvaluationResult result = Walls.PACKS_DEPEND_ON_CORE_ONLY.evaluate(VIOLATING);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(d -> d.contains(PackReadingFiles.class.getName()) && d.contains("org.ducha.formats.InspectionFiles"));
  }

  @Test
  void a_module_that_reaches_into_internal_breaks_the_internal_rule() {
    EvaluationResult result = Walls.INTERNAL_STAYS_IN_CORE.evaluate(VIOLATING);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .anyMatch(d -> d.contains(ReachingIntoInternal.class.getName()) && d.contains("org.ducha.internal.Values"))
        .noneMatch(d -> d.contains(GuavaInSignature.class.getName()));
  }

  @Test
  void a_guava_type_in_an_spi_signature_breaks_the_spi_rule() {
    EvaluationResult result = Walls.SPI_SIGNATURES_USE_THE_JDK_ONLY.evaluate(VIOLATING);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .containsExactly(GuavaInSignature.class.getName() + " exposes com.google.common.collect.ImmutableList in method names() (return type)");
  }

  @Test
  void formats_reaching_into_internal_breaks_nothing_else_but_the_internal_rule() {
    // The formats rule is about modules, not internals: the internal rule alone names it.
    assertThat(Walls.FORMATS_DEPEND_ON_CORE.evaluate(VIOLATING).hasViolation()).isFalse();
  }
}
