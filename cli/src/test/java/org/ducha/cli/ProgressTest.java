package org.ducha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void off_prints_nothing() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    try (Progress p = new Progress(new PrintWriter(err), false, OptionalLong.empty(), now::get)) {
      for (int i = 0; i < 10; i++) {
        now.addAndGet(1_000_000_000L);
        p.step();
      }
      assertThat(p.done()).isEqualTo(10);
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void a_short_run_prints_nothing() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    try (Progress p = new Progress(new PrintWriter(err), true, OptionalLong.of(3), now::get)) {
      p.step();
      p.step();
      p.step();
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void a_long_run_rewrites_one_line_and_ends_it() {
    StringWriter err = new StringWriter();
    AtomicLong now = new AtomicLong();
    try (Progress p = new Progress(new PrintWriter(err), true, OptionalLong.of(4), now::get)) {
      for (int i = 0; i < 4; i++) {
        now.addAndGet(500_000_000L);
        p.step();
      }
    }
    assertThat(err.toString())
        .startsWith("\rducha: 2/4 institutions inspected, 2.0/s, 0:00:01")
        .contains("\rducha: 4/4 institutions inspected, 2.0/s, 0:00:02")
        .endsWith(System.lineSeparator())
        .doesNotContain("\n\r");
  }
}
