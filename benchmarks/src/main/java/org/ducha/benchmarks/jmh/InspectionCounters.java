package org.ducha.benchmarks.jmh;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary results of the inspection benchmarks: JMH reports each public field as a rate per second beside the
 * operations (one operation = one pass over the benchmark's data).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class InspectionCounters {
  /** Institutions inspected or read. */
  public long institutions;
  /** Sign-in sheet lines of the institutions inspected. */
  public long signIns;

  @Setup(Level.Iteration)
  public void clear() {
    institutions = 0;
    signIns = 0;
  }
}
