package org.ducha.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A stream of institutions inspected under a {@link CheckRunner}'s time limit on workers of its own, ahead of the
 * consumer and in order, without handing each institution's checks to another thread.
 *
 * <p>The caller must get its thread back even if a check never returns, so the checks run on workers — pooled daemon
 * threads of the {@link CheckRunner} — while the caller waits. {@link CheckRunner#run(List)} is a pipeline of one
 * element, and pays a hand-off there and back; in a stream the workers run element after element, each element's
 * whole job — prepare, the checks, finish — themselves, and the consumer watches them while it waits for the next
 * result. A check still running when its time is up is
 * {@link CheckRunner#TIMED_OUT}: its worker is interrupted and abandoned, and a fresh worker takes over the job from
 * the next check on (its finish included) and then the abandoned worker's place. A worker is watched only while the
 * consumer waits for a result; the workers stop after at most twice their number of elements ahead, so a check that
 * runs too long is found at the latest when the consumer comes for its element. The runner's count of abandoned checks
 * still running is shared with its other calls and bounds this pipeline as it bounds them.
 *
 * <p>The source is read on the consumer's thread. What a job's prepare or finish throws is thrown to the consumer when
 * it reaches that element, and ends the pipeline. Closing the stream stops the workers and closes the source.
 */
final class CheckPipeline<T, R> implements Iterator<R> {

  private final CheckRunner runner;
  private final Iterator<T> source;
  private final Function<T, CheckRunner.Job<R>> prepare;
  private final int threads;
  private final ReentrantLock lock = new ReentrantLock();
  /** Signalled when an element is queued or the pipeline closes. */
  private final Condition queued = lock.newCondition();
  /** Signalled when an element is done. */
  private final Condition progress = lock.newCondition();
  /** The elements read and not yet returned, in order. Guarded by lock. */
  private final Deque<Element<T, R>> window = new ArrayDeque<>();
  /** The elements no worker has taken yet, in order. Guarded by lock. */
  private final Deque<Element<T, R>> queue = new ArrayDeque<>();
  /** The workers not abandoned. Guarded by lock. */
  private final List<Worker> workers = new ArrayList<>();
  private volatile boolean closed;
  /** Whether the consumer waits for an element to be done. Guarded by lock. */
  private boolean consumerWaiting;

  private CheckPipeline(CheckRunner runner, Iterator<T> source, Function<T, CheckRunner.Job<R>> prepare, int threads) {
    this.runner = runner;
    this.source = source;
    this.prepare = prepare;
    this.threads = threads;
  }

  /** {@code source} prepared into jobs by {@code prepare} and run by {@code runner} on {@code threads} workers, in order. */
  static <T, R> Stream<R> stream(CheckRunner runner, Stream<T> source, Function<T, CheckRunner.Job<R>> prepare, int threads) {
    CheckPipeline<T, R> p = new CheckPipeline<>(runner, source.iterator(), prepare, threads);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(p, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          p.close();
          source.close();
        });
  }

  @Override
  public boolean hasNext() {
    // The source is read without the lock, so that the workers go on meanwhile.
    while (true) {
      lock.lock();
      try {
        if (closed) {
          return false;
        }
        if (window.size() >= threads * 2) {
          return true;
        }
      } finally {
        lock.unlock();
      }
      boolean more = source.hasNext();
      T input = more ? source.next() : null; // a null element goes to prepare, which refuses it at its place
      lock.lock();
      try {
        if (!more) {
          if (window.isEmpty()) {
            closeLocked();
            return false;
          }
          return true;
        }
        Element<T, R> e = new Element<>(input);
        window.add(e);
        queue.add(e);
        if (workers.size() < threads) {
          start(new Worker(null));
        } else {
          queued.signal();
        }
      } finally {
        lock.unlock();
      }
    }
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Element<T, R> head;
    lock.lock();
    try {
      if (runner.runaway() > CheckRunner.MAX_RUNAWAY) {
        closeLocked();
        throw runner.tooMany();
      }
      head = window.peekFirst();
      while (!head.done) {
        long wait = watch();
        consumerWaiting = true;
        try {
          progress.awaitNanos(wait);
        } catch (InterruptedException e) {
          closeLocked();
          Thread.currentThread().interrupt();
          throw new InspectionAbortedException(InspectionAbortedException.Reason.INTERRUPTED, "interrupted while checks ran", e);
        } finally {
          consumerWaiting = false;
        }
      }
      window.removeFirst();
      if (head.failure != null) {
        closeLocked();
      }
    } finally {
      lock.unlock();
    }
    if (head.failure instanceof RuntimeException r) {
      throw r;
    }
    if (head.failure instanceof Error err) {
      throw err;
    }
    if (head.failure != null) {
      throw new IllegalStateException(head.failure);
    }
    return head.value;
  }

  /**
   * Abandons every worker whose check has run past the limit (holding the lock) and returns how long the consumer
   * may wait before the next check under way reaches its limit.
   */
  private long watch() {
    long limit = runner.limitNanos();
    if (limit == 0) {
      return TimeUnit.SECONDS.toNanos(1);
    }
    long now = System.nanoTime();
    long wait = limit;
    for (Worker w : List.copyOf(workers)) {
      int i = w.running.get();
      if (i < 0) {
        continue;
      }
      // started may already be the next check's: then its time is not up, or the exchange below fails
      long left = w.started + limit - now;
      if (left > 0) {
        wait = Math.min(wait, left);
      } else if (w.running.compareAndSet(i, ABANDONED)) {
        abandon(w, i);
      }
    }
    return Math.max(wait, 1);
  }

  /** Gives up check {@code i} under way on {@code w}: its result is TIMED_OUT, and a new worker takes over w's element. */
  private void abandon(Worker w, int i) {
    Element<T, R> e = w.element;
    e.results[i] = CheckRunner.TIMED_OUT;
    workers.remove(w);
    w.thread.interrupt(); // set: it runs a check
    // The abandoned worker gives the count back if its check ever returns.
    if (runner.abandoned() > CheckRunner.MAX_RUNAWAY) {
      closeLocked();
      throw runner.tooMany();
    }
    start(new Worker(e));
  }

  private void start(Worker w) {
    workers.add(w);
    runner.execute(w::work);
  }

  private void close() {
    lock.lock();
    try {
      closeLocked();
    } finally {
      lock.unlock();
    }
  }

  private void closeLocked() {
    if (closed) {
      return;
    }
    closed = true;
    queue.clear();
    for (Worker w : workers) {
      if (w.thread != null) {
        w.thread.interrupt();
      }
    }
    queued.signalAll();
  }

  /** One element of the source and what became of it. */
  private static final class Element<T, R> {
    final T input;
    CheckRunner.Job<R> job;
    Object[] results;
    /** The next check to run: written by the worker running the job, read by one taking it over. */
    int next;
    boolean done;
    R value;
    Throwable failure;

    Element(T input) {
      this.input = input;
    }
  }

  /** {@link Worker#running} of a check the consumer gave up. */
  private static final int ABANDONED = -2;

  /** A thread of the pipeline: takes elements in order and runs their jobs. */
  private final class Worker {
    /** The pooled thread running it, while it is one of {@link #workers}. Guarded by lock. */
    Thread thread;
    /** The element it works on; set before start when it takes over an abandoned worker's. Guarded by lock. */
    Element<T, R> element;
    /**
     * The check under way, -1 for none, {@link #ABANDONED} once the consumer gave it up: whichever of the worker (when
     * the check returns) and the consumer (when its time is up) changes it first decides whose the result is.
     */
    final AtomicInteger running = new AtomicInteger(-1);
    /** When the check under way started; written before {@link #running}. */
    volatile long started;

    Worker(Element<T, R> takeOver) {
      this.element = takeOver;
    }

    void work() {
      lock.lock();
      try {
        thread = Thread.currentThread();
      } finally {
        lock.unlock();
      }
      try {
        loop();
      } finally {
        // Back to the pool: no interrupt meant for this worker may reach the thread's next task.
        lock.lock();
        try {
          thread = null;
          workers.remove(this);
        } finally {
          lock.unlock();
        }
      }
    }

    private void loop() {
      Element<T, R> e = element;
      while (true) {
        if (e == null) {
          lock.lock();
          try {
            while (queue.isEmpty() && !closed) {
              queued.awaitUninterruptibly();
            }
            if (closed) {
              return;
            }
            e = queue.removeFirst();
            element = e;
          } finally {
            lock.unlock();
          }
        }
        if (!process(e)) {
          return;
        }
        e = null;
      }
    }

    /** Runs what is left of {@code e}'s job; false when this worker was abandoned or the pipeline closed meanwhile. */
    private boolean process(Element<T, R> e) {
      if (e.job == null) {
        try {
          e.job = prepare.apply(e.input);
          e.results = new Object[e.job.tasks().size()];
        } catch (Throwable t) { // handed to the consumer at this element
          return finish(e, null, t);
        }
      }
      List<CheckRunner.Task> tasks = e.job.tasks();
      // Without the lock: the consumer reads running and started, and takes a check over only by exchanging running.
      while (e.next < tasks.size()) {
        if (closed) {
          return false;
        }
        int i = e.next;
        e.next = i + 1; // before running is published: a worker taking over goes on from here
        started = System.nanoTime();
        running.set(i);
        Thread.interrupted(); // a check that interrupted itself leaves no mark on the next
        Object result = CheckRunner.execute(tasks.get(i));
        if (!running.compareAndSet(i, -1)) {
          runner.returned(); // abandoned: the result is TIMED_OUT and another worker has the element
          Thread.interrupted();
          return false;
        }
        e.results[i] = result;
        if (result instanceof OutOfMemoryError) {
          e.next = tasks.size(); // the remaining results stay null; finish reports the error
        }
      }
      Thread.interrupted();
      try {
        return finish(e, e.job.finish(e.results), null);
      } catch (Throwable t) { // handed to the consumer at this element
        return finish(e, null, t);
      }
    }

    private boolean finish(Element<T, R> e, R value, Throwable failure) {
      lock.lock();
      try {
        e.value = value;
        e.failure = failure;
        e.done = true;
        element = null;
        if (consumerWaiting) {
          progress.signal();
        }
        return !closed;
      } finally {
        lock.unlock();
      }
    }
  }
}
