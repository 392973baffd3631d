package org.ducha.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error for long runs: institutions done (of how many, when known), their rate and the
 * time elapsed, rewritten in place at most a few times a second. Off when standard error is not a terminal, so that
 * logs and pipes get no control characters; a run shorter than a second prints nothing.
 */
final class Progress implements AutoCloseable {

  private static final long FIRST_NANOS = 1_000_000_000L;
  private static final long EVERY_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean on;
  private final OptionalLong total;
  private final LongSupplier clock;
  private final long start;
  private long next;
  private long done;
  private int width;

  /** Progress of {@code total} institutions (if known) on {@code err}, shown only when {@code on}. */
  Progress(PrintWriter err, boolean on, OptionalLong total, LongSupplier nanoClock) {
    this.err = err;
    this.on = on;
    this.total = total;
    this.clock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.next = start + FIRST_NANOS;
  }

  /** On when the process has a console, as a person at a terminal does (picocli's own test for colours and width). */
  static Progress forTerminal(PrintWriter err, OptionalLong total) {
    return new Progress(err, System.console() != null, total, System::nanoTime);
  }

  /** One more institution done. */
  void step() {
    done++;
    if (on) {
      long now = clock.getAsLong();
      if (now >= next) {
        next = now + EVERY_NANOS;
        show(now);
      }
    }
  }

  /** Institutions done so far. */
  long done() {
    return done;
  }

  private void show(long now) {
    double seconds = (now - start) / 1e9;
    String line = String.format(Locale.ROOT, "ducha: %s institutions inspected, %.1f/s, %s",
        total.isPresent() ? done + "/" + total.getAsLong() : Long.toString(done), done / Math.max(seconds, 1e-9), clockTime(seconds));
    StringBuilder sb = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < width; i++) {
      sb.append(' ');
    }
    width = line.length();
    err.print(sb);
    err.flush();
  }

  private static String clockTime(double seconds) {
    long s = (long) seconds;
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }

  /** Leaves the last count on its own line, if anything was shown. */
  @Override
  public void close() {
    if (width > 0) {
      show(clock.getAsLong());
      err.println();
      err.flush();
      width = 0;
    }
  }
}
