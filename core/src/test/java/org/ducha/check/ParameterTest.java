package org.ducha.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed, bounded parameters whose default follows the rulebook in force on the inspection date. */
class ParameterTest {

  private static final LocalDate AQ_2023 = LocalDate.of(2024, 7, 1);
  private static final Parameter<BigDecimal> AREA =
      Parameter.ofDecimal("demo.classroom.too-small", "minAreaPerSeat", "1.8", "0.5", "10").changingOn(AQ_2023, new BigDecimal("2.0"));
  private static final Parameter<Integer> MAX = Parameter.ofInt("demo.class.too-large", "maxTrainees", 50, 1, 500);

  @Test
  void the_default_is_the_one_in_force_on_the_date() {
    assertThat(AREA.defaultOn(LocalDate.of(2017, 3, 1))).isEqualByComparingTo("1.8");
    assertThat(AREA.defaultOn(AQ_2023.minusDays(1))).isEqualByComparingTo("1.8");
    assertThat(AREA.defaultOn(AQ_2023)).isEqualByComparingTo("2.0");
    assertThat(AREA.defaultOn(LocalDate.of(2030, 1, 1))).isEqualByComparingTo("2.0");
    assertThat(AREA.defaults()).containsOnlyKeys(LocalDate.MIN, AQ_2023);
  }

  @Test
  void changing_on_returns_a_copy_and_replaces_a_default_of_the_same_day() {
    Parameter<BigDecimal> again = AREA.changingOn(AQ_2023, new BigDecimal("2.5"));
    Parameter<Integer> always = MAX.changingOn(LocalDate.MIN, 40);

    assertThat(again.defaultOn(AQ_2023)).isEqualByComparingTo("2.5");
    assertThat(AREA.defaultOn(AQ_2023)).isEqualByComparingTo("2.0");
    assertThat(always.defaults()).containsExactly(java.util.Map.entry(LocalDate.MIN, 40));
    assertThat(again.name()).isEqualTo(AREA.name());
    assertThat(again.descriptionKey()).isEqualTo("demo.classroom.too-small.param.minAreaPerSeat");
  }

  @Test
  void a_changed_default_must_be_within_bounds() {
    assertThatThrownBy(() -> MAX.changingOn(AQ_2023, 501))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default of parameter maxTrainees: '501' is above the maximum 500");
  }

  @Test
  void coerces_values_of_the_type_numbers_and_text() {
    assertThat(MAX.coerce(30)).isEqualTo(30);
    assertThat(MAX.coerce(30L)).isEqualTo(30);
    assertThat(MAX.coerce(30.0d)).isEqualTo(30);
    assertThat(MAX.coerce(" 30 ")).isEqualTo(30);
    assertThat(AREA.coerce("2.25")).isEqualTo(new BigDecimal("2.25"));
    assertThat(AREA.coerce(2)).isEqualTo(new BigDecimal("2"));
    assertThat(AREA.coerce(1.9d)).isEqualTo(new BigDecimal("1.9"));
    Parameter<Boolean> flag = Parameter.ofBoolean("demo.class.too-large", "countEmptyClasses", false);
    assertThat(flag.coerce(" True ")).isTrue();
    assertThat(flag.coerce(false)).isFalse();
  }

  @Test
  void refuses_values_of_the_wrong_type_naming_parameter_and_value() {
    assertThatThrownBy(() -> MAX.coerce("thirty")).hasMessage("parameter maxTrainees: 'thirty' is not an integer");
    assertThatThrownBy(() -> MAX.coerce(30.5d)).hasMessage("parameter maxTrainees: '30.5' is not an integer");
    assertThatThrownBy(() -> MAX.coerce(true)).hasMessage("parameter maxTrainees: 'true' is not an integer");
    assertThatThrownBy(() -> AREA.coerce("1,8")).hasMessage("parameter minAreaPerSeat: '1,8' is not a number");
    Parameter<Boolean> flag = Parameter.ofBoolean("demo.class.too-large", "countEmptyClasses", false);
    assertThatThrownBy(() -> flag.coerce("yes")).hasMessage("parameter countEmptyClasses: 'yes' is not true or false");
    assertThatThrownBy(() -> flag.coerce(1)).hasMessage("parameter countEmptyClasses: '1' is not true or false");
    assertThatThrownBy(() -> MAX.coerce(null)).hasMessageContaining("parameter maxTrainees: value must not be null");
  }

  @Test
  void refuses_values_out_of_bounds_naming_parameter_value_and_bound() {
    assertThatThrownBy(() -> MAX.coerce(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter maxTrainees: '0' is below the minimum 1");
    assertThatThrownBy(() -> MAX.coerce("501")).hasMessage("parameter maxTrainees: '501' is above the maximum 500");
    assertThatThrownBy(() -> AREA.coerce("0.49")).hasMessage("parameter minAreaPerSeat: '0.49' is below the minimum 0.5");
    assertThat(MAX.coerce(1)).isEqualTo(1);
    assertThat(MAX.coerce(500)).isEqualTo(500);
  }

  @Test
  void refuses_malformed_declarations() {
    assertThatThrownBy(() -> Parameter.ofInt("demo.x", "MaxTrainees", 1, 0, 2))
        .hasMessageContaining("lower camel case: MaxTrainees");
    assertThatThrownBy(() -> Parameter.ofInt("demo.x", "maxTrainees", 0, 1, 2))
        .hasMessageContaining("default of parameter maxTrainees: '0' is below the minimum 1");
    assertThatThrownBy(() -> new Parameter<>("count", Long.class, ImmutableSortedMap.of(LocalDate.MIN, 1L),
        Optional.empty(), Optional.empty(), "demo.x.param.count"))
        .hasMessageContaining("parameter count has unsupported type class java.lang.Long");
    assertThatThrownBy(() -> new Parameter<>("count", Integer.class, ImmutableSortedMap.of(LocalDate.of(2020, 1, 1), 1),
        Optional.empty(), Optional.empty(), "demo.x.param.count"))
        .hasMessageContaining("needs a default for all dates");
  }
}
