package org.ducha.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentityNumberTest {

  // The worked example of GB 11643-1999 Annex A: 11010519491231002 has check digit X.
  private static final String STANDARD_EXAMPLE = "11010519491231002X";

  @Test
  void the_check_digit_is_iso_7064_mod_11_2_as_in_the_standard_s_example() {
    assertThat(IdentityNumber.checkDigit("11010519491231002")).isEqualTo('X');
    assertThat(IdentityNumber.of(STANDARD_EXAMPLE).wellFormed()).isTrue();
    assertThat(IdentityNumber.checkDigit("14050219900101012")).isEqualTo('3');
    assertThat(IdentityNumber.withCheckDigit("14050219900101012").value()).isEqualTo("140502199001010123");
  }

  @Test
  void a_lower_case_x_and_surrounding_spaces_are_read_as_written() {
    IdentityNumber n = IdentityNumber.valueOf(" 11010519491231002x ");
    assertThat(n.value()).isEqualTo(STANDARD_EXAMPLE);
    assertThat(n).isEqualTo(IdentityNumber.of(STANDARD_EXAMPLE));
  }

  @Test
  void malformed_numbers_are_read_and_judged_without_showing_them() {
    assertThat(IdentityNumber.valueOf("110105194912310021").problem()).contains("wrong check digit (GB 11643-1999, ISO 7064 MOD 11-2)");
    assertThat(IdentityNumber.valueOf("11010519491231002").problem()).get().asString().contains("must be 18 characters").contains("found 17");
    assertThat(IdentityNumber.valueOf("1101051949123100A2").problem()).contains("character 17 must be a digit");
    assertThat(IdentityNumber.valueOf("11010519491231002Y").problem()).contains("the check digit (character 18) must be 0-9 or X");
    assertThat(IdentityNumber.valueOf("110105194902310021").problem()).contains("characters 7-14 are not a real birth date");
    assertThat(IdentityNumber.valueOf("110105491231002").problem()).get().asString().contains("15-digit");
    assertThatThrownBy(() -> IdentityNumber.of("110105194912310021")).hasMessage("identity number 110105********0021: wrong check digit (GB 11643-1999, ISO 7064 MOD 11-2)");
  }

  @Test
  void printed_only_masked_keeping_at_most_the_first_6_and_last_4_characters() {
    IdentityNumber n = IdentityNumber.of(STANDARD_EXAMPLE);
    assertThat(n.toString()).isEqualTo("110105********002X");
    assertThat(n.masked()).isEqualTo("110105********002X");
    assertThat(IdentityNumber.mask("110105491231002")).isEqualTo("110105*****1002");
    assertThat(IdentityNumber.mask("14050219900101")).isEqualTo("140502****0101");
    assertThat(IdentityNumber.mask("1405021990010")).isEqualTo("*************");
    assertThat(IdentityNumber.mask("")).isEmpty();
  }

  @Test
  void seventeen_digits_encode_the_whole_number() {
    IdentityNumber n = IdentityNumber.of(STANDARD_EXAMPLE);
    assertThat(n.digits()).isEqualTo(11010519491231002L);
    assertThat(IdentityNumber.ofDigits(n.digits())).isEqualTo(n);
    assertThat(IdentityNumber.ofDigits(1L).value()).startsWith("00000000000000001");
  }
}
