package org.ducha.benchmarks.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Secondary results of the reading benchmarks, reported by JMH as rates per second. */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class ReadCounters {
  /** Bytes of JSON lines read. */
  public long bytes;
  /** Institutions (lines) read. */
  public long institutions;

  @Setup(Level.Iteration)
  public void clear() {
    bytes = 0;
    institutions = 0;
  }
}
