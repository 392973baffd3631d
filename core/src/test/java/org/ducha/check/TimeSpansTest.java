package org.ducha.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSpansTest {

  private static final LocalDate DAY = LocalDate.of(2022, 3, 7);

  private static long span(LocalDate day, int h1, int m1, int h2, int m2) {
    return TimeSpans.of(day, LocalTime.of(h1, m1), LocalTime.of(h2, m2));
  }

  private static List<String> overlaps(long[] a, long[] b) {
    List<String> out = new ArrayList<>();
    TimeSpans.overlaps(a, b, (x, y) -> out.add(TimeSpans.format(x) + " ~ " + TimeSpans.format(y)));
    return out;
  }

  @Test
  void a_span_keeps_its_day_and_minutes() {
    long s = span(DAY, 8, 30, 11, 30);
    assertThat(TimeSpans.day(s)).isEqualTo(DAY);
    assertThat(TimeSpans.from(s)).isEqualTo(LocalTime.of(8, 30));
    assertThat(TimeSpans.to(s)).isEqualTo(LocalTime.of(11, 30));
    assertThat(TimeSpans.format(span(DAY, 0, 0, 23, 59))).isEqualTo("2022-03-07 00:00-23:59");
  }

  @Test
  void spans_that_touch_do_not_overlap_and_one_minute_more_does() {
    long[] morning = {span(DAY, 8, 0, 10, 0)};
    assertThat(overlaps(morning, new long[] {span(DAY, 10, 0, 12, 0)})).isEmpty();
    assertThat(overlaps(morning, new long[] {span(DAY, 9, 59, 12, 0)})).containsExactly("2022-03-07 08:00-10:00 ~ 2022-03-07 09:59-12:00");
    assertThat(overlaps(morning, new long[] {span(DAY, 6, 0, 8, 0)})).isEmpty();
    assertThat(overlaps(morning, new long[] {span(DAY, 6, 0, 8, 1)})).hasSize(1);
    assertThat(overlaps(morning, new long[] {span(DAY.plusDays(1), 8, 0, 10, 0)})).isEmpty();
  }

  @Test
  void union_merges_overlapping_and_touching_spans_of_a_day_only() {
    long[] u = TimeSpans.union(new long[] {span(DAY, 10, 0, 12, 0), span(DAY, 8, 0, 10, 0), span(DAY, 9, 0, 9, 30),
        span(DAY, 14, 0, 17, 0), span(DAY.plusDays(1), 8, 0, 9, 0), 0L}, 5);
    assertThat(java.util.Arrays.stream(u).mapToObj(TimeSpans::format)).containsExactly("2022-03-07 08:00-12:00", "2022-03-07 14:00-17:00", "2022-03-08 08:00-09:00");
  }

  @Test
  void every_overlapping_pair_is_reported_once() {
    long[] a = TimeSpans.union(new long[] {span(DAY, 8, 0, 12, 0), span(DAY, 14, 0, 17, 0)}, 2);
    long[] b = TimeSpans.union(new long[] {span(DAY, 9, 0, 9, 30), span(DAY, 11, 0, 15, 0), span(DAY, 16, 0, 18, 0)}, 3);
    assertThat(overlaps(a, b)).containsExactly(
        "2022-03-07 08:00-12:00 ~ 2022-03-07 09:00-09:30",
        "2022-03-07 08:00-12:00 ~ 2022-03-07 11:00-15:00",
        "2022-03-07 14:00-17:00 ~ 2022-03-07 11:00-15:00",
        "2022-03-07 14:00-17:00 ~ 2022-03-07 16:00-18:00");
  }
}
