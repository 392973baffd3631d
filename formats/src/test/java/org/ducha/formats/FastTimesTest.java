package org.ducha.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** Times and ISO dates read as Jackson's own deserializers read them: the same values, the same failures. */
class FastTimesTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static <T> Object read(tools.jackson.databind.ObjectMapper mapper, String value, Class<T> type) {
    String json = "\"" + value + "\"";
    Throwable t = catchThrowable(() -> mapper.readValue(json, type));
    return t == null ? mapper.readValue(json, type) : t.getClass().getName() + ": " + ((tools.jackson.core.JacksonException) t).getOriginalMessage();
  }

  @ParameterizedTest
  @ValueSource(strings = {"08:30", "00:00", "23:59", "23:59:59", "08:30:15", "08:30:15.5", "8:30", "24:00", "12:60", "12:30:60", "ab:cd",
      "08-30", "", " 08:30", "08:30 ", "１２:３０", "12:3a"})
  void times(String value) {
    assertThat(read(DataFormat.JSON.mapper(), value, LocalTime.class)).isEqualTo(read(PLAIN, value, LocalTime.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-04-20", "2020-02-29", "2021-02-29", "2022-13-01", "2022-04-31", "0000-01-01", "2022-4-20", "20220420",
      "2022/04/20", "2022-04-20T08:00", "", "abcd-ef-gh", "2022-04-2x", "2022年4月20日", "2022.4.20", "2022/4/31"})
  void dates(String value) {
    // The forms Chinese users type are Ducha's own (InputDates); every other value reads, or fails, as Jackson's.
    Object expected = InputDates.parse(value).<Object>map(d -> d).orElseGet(() -> read(PLAIN, value, LocalDate.class));
    assertThat(read(DataFormat.JSON.mapper(), value, LocalDate.class)).isEqualTo(expected);
  }
}
