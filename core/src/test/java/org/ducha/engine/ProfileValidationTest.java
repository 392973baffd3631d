package org.ducha.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ducha.finding.Severity;
import org.junit.jupiter.api.Test;

/** A profile is checked against the catalogue when the inspector is built, and every problem is reported. */
class ProfileValidationTest {

  private static Inspector build(Profile profile) {
    return Inspector.builder().discoverPacks(false).addPacks(new DemoPack()).profile(profile).build();
  }

  private static Profile.Builder profile() {
    return Profile.builder("city-2022");
  }

  @Test
  void an_unknown_check_id_fails_suggesting_the_closest_known_ids() {
    assertThatThrownBy(() -> build(profile().disable("demo.room.none").build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("profile city-2022")
        .hasMessageContaining("no check with id 'demo.room.none'")
        .hasMessageContaining("did you mean " + DemoPack.ROOMS_NONE);
  }

  @Test
  void an_unknown_check_id_among_severities_and_parameters_fails_too() {
    assertThatThrownBy(() -> build(profile().severity("demo.clas.too-large", Severity.MINOR).build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'demo.clas.too-large'")
        .hasMessageContaining("did you mean " + DemoPack.CLASS_TOO_LARGE);
    assertThatThrownBy(() -> build(profile().parameter("demo.classroom.too-smal", "minAreaPerSeat", 2).build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'demo.classroom.too-smal'")
        .hasMessageContaining("did you mean " + DemoPack.CLASSROOM_TOO_SMALL);
  }

  @Test
  void an_unknown_parameter_name_fails_suggesting_the_closest_known_names() {
    assertThatThrownBy(() -> build(profile().parameter(DemoPack.CLASS_TOO_LARGE, "maxTrainee", 10).build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("check " + DemoPack.CLASS_TOO_LARGE + " has no parameter 'maxTrainee'")
        .hasMessageContaining("did you mean maxTrainees");
  }

  @Test
  void a_parameter_of_a_check_without_parameters_says_it_has_none() {
    assertThatThrownBy(() -> build(profile().parameter(DemoPack.ROOMS_NONE, "minRooms", 1).build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("has no parameter 'minRooms' (it has none)");
  }

  @Test
  void a_value_of_the_wrong_type_fails_naming_parameter_and_value() {
    assertThatThrownBy(() -> build(profile().parameter(DemoPack.CLASS_TOO_LARGE, "maxTrainees", "many").build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("parameter maxTrainees: 'many' is not an integer");
    assertThatThrownBy(() -> build(profile().parameter(DemoPack.CLASS_TOO_LARGE, "maxTrainees", 12.5).build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("parameter maxTrainees: '12.5' is not an integer");
    assertThatThrownBy(() -> build(profile().parameter(DemoPack.CLASSROOM_TOO_SMALL, "minAreaPerSeat", "wide").build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("parameter minAreaPerSeat: 'wide' is not a number");
    assertThatThrownBy(() -> build(profile().parameter(DemoPack.CLASS_TOO_LARGE, "countEmptyClasses", "maybe").build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("parameter countEmptyClasses: 'maybe' is not true or false");
  }

  @Test
  void a_value_out_of_bounds_fails_naming_parameter_value_and_bound() {
    assertThatThrownBy(() -> build(profile().parameter(DemoPack.CLASS_TOO_LARGE, "maxTrainees", 0).build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("check " + DemoPack.CLASS_TOO_LARGE)
        .hasMessageContaining("parameter maxTrainees: '0' is below the minimum 1");
    assertThatThrownBy(() -> build(profile().parameter(DemoPack.CLASSROOM_TOO_SMALL, "minAreaPerSeat", "12.5").build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("parameter minAreaPerSeat: '12.5' is above the maximum 10");
  }

  @Test
  void several_problems_are_reported_together() {
    Profile p = profile()
        .disable("demo.rooms.nothing")
        .severity("demo.exam-site.no-rooms", Severity.INFO)
        .parameter(DemoPack.CLASS_TOO_LARGE, "maxTrainee", 10)
        .parameter(DemoPack.CLASS_TOO_LARGE, "countEmptyClasses", "maybe")
        .parameter(DemoPack.CLASSROOM_TOO_SMALL, "minAreaPerSeat", "0.1")
        .build();

    assertThatThrownBy(() -> build(p))
        .isInstanceOf(ConfigurationException.class)
        .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(5))
        .hasMessageContaining("no check with id 'demo.rooms.nothing'; did you mean " + DemoPack.ROOMS_NONE)
        .hasMessageContaining("no check with id 'demo.exam-site.no-rooms'; did you mean " + DemoPack.EXAM_SITE_NO_ROOM)
        .hasMessageContaining("has no parameter 'maxTrainee'")
        .hasMessageContaining("'maybe' is not true or false")
        .hasMessageContaining("parameter minAreaPerSeat: '0.1' is below the minimum 0.5");
  }

  @Test
  void valid_values_of_every_accepted_form_build() {
    Profile p = profile()
        .parameter(DemoPack.CLASS_TOO_LARGE, "maxTrainees", " 30 ")
        .parameter(DemoPack.CLASS_TOO_LARGE, "countEmptyClasses", "TRUE")
        .parameter(DemoPack.CLASSROOM_TOO_SMALL, "minAreaPerSeat", 2.5)
        .severity(DemoPack.ROOMS_NONE, Severity.CRITICAL)
        .disable(DemoPack.EXAM_SITE_NO_ROOM)
        .build();

    Inspector inspector = build(p);

    assertThat(inspector.profile()).isEqualTo(p);
  }
}
