package org.ducha.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ducha.finding.Finding;

/**
 * What runs an institution's checks, one after the other, and turns every way a check can fail into a result instead
 * of a thrown exception.
 *
 * <p>Without a time limit the checks run on the calling thread. With one, they run on pooled daemon threads watched by
 * the caller, through a {@link CheckPipeline}: {@link #run(List)} as a pipeline of one institution (one hand-off per
 * institution, not per check: one task submission and two wake-ups), a {@link #stream stream} as a pipeline of many,
 * whose threads take institution after institution without a hand-off each. A check still running when its time is up
 * is reported {@link #TIMED_OUT}: its worker is interrupted and abandoned, and a fresh worker goes on with the next
 * check. Java cannot stop a thread that
 * ignores interruption, so an abandoned check that loops for ever keeps a daemon thread (and a core) busy until the
 * JVM exits; once more than {@link #MAX_RUNAWAY} such threads of one inspector are still running, the inspector refuses
 * to go on ({@link InspectionAbortedException.Reason#TOO_MANY_RUNAWAY_CHECKS}) rather than let them eat the machine.
 * An {@link OutOfMemoryError} stops an institution's remaining checks and is returned like any other throwable: the
 * {@link Inspector} turns it into {@link InspectionAbortedException.Reason#OUT_OF_MEMORY}.
 */
final class CheckRunner {

  /** One check on one institution: returns what the check emitted, throws what the check threw. */
  interface Task {
    List<Finding> run() throws Throwable;
  }

  /**
   * One institution's work in a {@link #stream stream}: the checks to run under the time limit, and what to make of
   * their results.
   */
  interface Job<R> {
    /** The checks, in order. */
    List<Task> tasks();

    /**
     * What the results come to, one per task as {@link #run(List)} returns them; runs on whichever thread ran the
     * last check.
     */
    R finish(Object[] results);

    /** A job of {@code tasks} whose results come to what {@code finish} makes of them. */
    static <R> Job<R> of(List<Task> tasks, Function<Object[], R> finish) {
      return new Job<>() {
        @Override
        public List<Task> tasks() {
          return tasks;
        }

        @Override
        public R finish(Object[] results) {
          return finish.apply(results);
        }
      };
    }

    /** This job, its result then turned into {@code after}'s. */
    default <S> Job<S> then(Function<? super R, S> after) {
      return of(tasks(), results -> after.apply(finish(results)));
    }
  }

  /** The result of a task that ran past the time limit. */
  static final Object TIMED_OUT = new Object() {
    @Override
    public String toString() {
      return "TIMED_OUT";
    }
  };

  /** How many abandoned checks of one inspector may still be running before it refuses to go on. */
  static final int MAX_RUNAWAY = 4;

  private static final AtomicInteger THREADS = new AtomicInteger();

  /** Daemon threads, made as needed and kept a minute: a busy inspector reuses them, an abandoned one holds its own. */
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "ducha-check-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private final Duration limit;
  private final long limitNanos;
  private final AtomicInteger runaway = new AtomicInteger();

  /** A runner with the time limit {@code limit} per check; {@link Duration#ZERO} for none. */
  CheckRunner(Duration limit) {
    this.limit = limit;
    this.limitNanos = limit.isZero() ? 0 : saturatedNanos(limit);
  }

  Duration limit() {
    return limit;
  }

  long limitNanos() {
    return limitNanos;
  }

  /** How many abandoned checks are still running. */
  int runaway() {
    return runaway.get();
  }

  /** Counts one more abandoned check still running; returns how many there are now. */
  int abandoned() {
    return runaway.incrementAndGet();
  }

  /** Counts one abandoned check fewer: it returned after all. */
  void returned() {
    runaway.decrementAndGet();
  }

  /**
   * {@code source}'s elements made into jobs by {@code prepare} and run on {@code threads} of the pooled threads, ahead
   * of the consumer and in order, without a hand-off per element (see {@link CheckPipeline}).
   */
  <T, R> Stream<R> stream(Stream<T> source, Function<T, Job<R>> prepare, int threads) {
    return CheckPipeline.stream(this, source, prepare, threads);
  }

  /**
   * Runs {@code tasks} in order; returns one result per task: its findings, the {@link Throwable} it threw, or
   * {@link #TIMED_OUT}. After an {@link OutOfMemoryError} the remaining results are null.
   */
  Object[] run(List<Task> tasks) {
    Object[] results = new Object[tasks.size()];
    if (tasks.isEmpty()) {
      return results;
    }
    if (limitNanos == 0) {
      for (int i = 0; i < tasks.size(); i++) {
        boolean interrupted = Thread.currentThread().isInterrupted();
        results[i] = execute(tasks.get(i));
        if (!interrupted) {
          Thread.interrupted(); // a check that interrupted itself leaves no mark on the next; the caller's own interrupt stays
        }
        if (results[i] instanceof OutOfMemoryError) {
          break;
        }
      }
      return results;
    }
    // One element of a pipeline: the same watching, abandoning and taking over as a stream's.
    try (Stream<Object[]> one = stream(Stream.of(tasks), t -> Job.of(t, r -> r), 1)) {
      return one.iterator().next();
    }
  }

  InspectionAbortedException tooMany() {
    return new InspectionAbortedException(InspectionAbortedException.Reason.TOO_MANY_RUNAWAY_CHECKS,
        runaway.get() + " checks ran past the time limit of " + CheckOutcome.seconds(limit)
            + " and ignored being interrupted; their threads still run, so inspecting stops (at most " + MAX_RUNAWAY + ")", null);
  }

  /** Runs {@code work} on one of the pooled daemon threads. */
  void execute(Runnable work) {
    WORKERS.execute(work);
  }

  static Object execute(Task task) {
    try {
      return task.run();
    } catch (Throwable t) { // every way a check can fail becomes its result; the caller decides
      return t;
    }
  }

  private static long saturatedNanos(Duration d) {
    // A year at most: far beyond any sane limit, and far from overflowing when added to System.nanoTime().
    return d.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365).toNanos() : d.toNanos();
  }
}
