package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ducha.check.Check;
import org.ducha.check.CheckContext;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Finding;
import org.ducha.finding.Group;
import org.ducha.model.Institution;
import org.ducha.model.TestFixtures;
import org.junit.jupiter.api.Test;

/**
 * A check's parameter is the default of the rulebook in force on the inspection date unless the profile
 * sets it. The fixture's classroom has 120 m² for 64 seats, 1.875 m² a seat: enough under the old default
 * (1.8), too little under the new one (2.0, from 2024-07-01).
 */
class ParameterResolutionTest {

  private static Inspector inspector(Profile profile) {
    return Inspector.builder().discoverPacks(false).addPacks(new DemoPack()).profile(profile).build();
  }

  private static List<Finding> classroomFindings(Profile profile, LocalDate inspectedOn) {
    Institution inst = TestFixtures.institution().with(b -> b.inspectedOn(inspectedOn));
    return inspector(profile).inspect(inst).findings().stream()
        .filter(f -> f.checkId().equals(DemoPack.CLASSROOM_TOO_SMALL)).toList();
  }

  @Test
  void uses_the_default_in_force_before_the_rulebook_changed() {
    assertThat(classroomFindings(Profile.defaults(), LocalDate.of(2024, 6, 30))).isEmpty();
  }

  @Test
  void uses_the_default_in_force_from_the_day_the_rulebook_changed() {
    List<Finding> found = classroomFindings(Profile.defaults(), DemoPack.NEW_RULEBOOK);

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.arguments()).containsEntry("minimum", new BigDecimal("2.0")).containsEntry("areaPerSeat", new BigDecimal("1.88"));
      assertThat(f.subject().id()).isEqualTo(TestFixtures.CLASSROOM);
    });
  }

  @Test
  void a_profile_value_overrides_the_default_of_either_rulebook() {
    Profile lenient = Profile.builder("lenient").parameter(DemoPack.CLASSROOM_TOO_SMALL, "minAreaPerSeat", "1.5").build();
    Profile strict = Profile.builder("strict").parameter(DemoPack.CLASSROOM_TOO_SMALL, "minAreaPerSeat", 1.9).build();

    assertThat(classroomFindings(lenient, DemoPack.NEW_RULEBOOK)).isEmpty();
    assertThat(classroomFindings(strict, LocalDate.of(2022, 4, 20))).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("minimum", new BigDecimal("1.9")));
  }

  @Test
  void a_profile_value_given_as_text_is_coerced_to_the_parameter_type() {
    Inspector inspector = inspector(Profile.builder("small-classes").parameter(DemoPack.CLASS_TOO_LARGE, "maxTrainees", "2").build());

    InstitutionReport r = inspector.inspect(TestFixtures.institution());

    assertThat(r.findings()).filteredOn(f -> f.checkId().equals(DemoPack.CLASS_TOO_LARGE)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("maximum", 2).containsEntry("trainees", 3));
  }

  @Test
  void a_check_asking_for_a_parameter_it_did_not_declare_gets_an_error_outcome() {
    Parameter<Integer> undeclared = Parameter.ofInt("sneaky.rooms.count", "maxRooms", 3, 0, 9);
    Check sneaky = new Check() {
      private final CheckDescriptor d = CheckDescriptor.builder("sneaky.rooms.count", Group.FACILITIES)
          .regulation(RegulationRef.projectJudgement("test")).build();

      @Override
      public CheckDescriptor descriptor() {
        return d;
      }

      @Override
      public void inspect(Institution institution, CheckContext context) {
        context.parameter(undeclared);
      }
    };
    CheckPack pack = new CheckPack() {
      @Override public String id() { return "sneaky"; }
      @Override public String version() { return "1"; }
      @Override public List<Check> checks() { return List.of(sneaky); }
      @Override public String messageBundle() { return "org/ducha/engine/testpacks/none"; }
    };

    InstitutionReport r = Inspector.builder().discoverPacks(false).addPacks(pack).build().inspect(TestFixtures.institution());

    assertThat(r.outcome("sneaky.rooms.count")).hasValueSatisfying(o -> {
      assertThat(o.status()).isEqualTo(OutcomeStatus.ERROR);
      assertThat(o.detail()).hasValueSatisfying(d -> assertThat(d).contains("did not declare parameter maxRooms"));
    });
  }
}
