package org.ducha.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ducha.engine.CheckObserver;
import org.ducha.engine.OutcomeStatus;

/**
 * One Micrometer timer per check: {@value #NAME}, tagged {@code check} with the check id, records how long the check
 * took on each institution it ran on (also when it threw: its ERROR outcomes are in the report). Checks that did not
 * apply are not timed. An inspection-scope check is timed once per inspection, when it judges the facts collected
 * from every institution: {@value #JUDGE_NAME}, tagged {@code check}.
 */
public class CheckTimers implements CheckObserver {

  /** The timers' name. */
  public static final String NAME = "ducha.check";

  /** The name of the inspection-scope checks' judging timers. */
  public static final String JUDGE_NAME = "ducha.check.judge";

  private final Supplier<MeterRegistry> registry;
  private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Timer> judgeTimers = new ConcurrentHashMap<>();

  /**
   * Timers in the registry {@code registry} gives, asked for on the first timing (so that the registry need not
   * exist before the inspector); a null registry means nothing is recorded.
   */
  public CheckTimers(Supplier<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void ran(String checkId, OutcomeStatus status, long nanos) {
    record(timers.computeIfAbsent(checkId, id -> timer(NAME, "Time one Ducha check took on one institution", id)), nanos);
  }

  @Override
  public void judged(String checkId, long keys, long nanos) {
    record(judgeTimers.computeIfAbsent(checkId,
        id -> timer(JUDGE_NAME, "Time one Ducha inspection-scope check took to judge the facts of one inspection", id)), nanos);
  }

  private static void record(Timer t, long nanos) {
    if (t != null) {
      t.record(nanos, TimeUnit.NANOSECONDS);
    }
  }

  private Timer timer(String name, String description, String checkId) {
    MeterRegistry r = registry.get();
    return r == null ? null : Timer.builder(name).description(description).tag("check", checkId).register(r);
  }
}
