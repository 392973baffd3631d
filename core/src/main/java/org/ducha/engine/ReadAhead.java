package org.ducha.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Maps a stream's elements on a few threads of its own, ahead of the consumer and in order, holding at most twice as
 * many mapped elements as threads: memory grows with the largest element, not with their number. The source is read
 * on the consumer's thread; what the function throws is thrown to the consumer when it reaches that element. Used
 * by the Inspector (inspecting) and the reader of data files (parsing). Call only; not for extension.
 */
public final class ReadAhead {
  private ReadAhead() {}

  /** {@code source} mapped by {@code f} on {@code threads} daemon threads named {@code threadName}, in order. */
  public static <T, R> Stream<R> map(Stream<T> source, Function<T, R> f, int threads, String threadName) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, threadName);
      t.setDaemon(true);
      return t;
    });
    Iterator<T> in = source.iterator();
    Iterator<R> out = new Iterator<>() {
      private final Deque<Future<R>> window = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (window.size() < threads * 2 && in.hasNext()) {
          T next = in.next();
          window.add(pool.submit(() -> f.apply(next)));
        }
        if (window.isEmpty()) {
          pool.shutdown();
          return false;
        }
        return true;
      }

      @Override
      public R next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        try {
          return window.removeFirst().get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          pool.shutdownNow();
          throw new IllegalStateException("interrupted in " + threadName, e);
        } catch (ExecutionException e) {
          pool.shutdownNow();
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(out, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          pool.shutdownNow();
          source.close();
        });
  }
}
