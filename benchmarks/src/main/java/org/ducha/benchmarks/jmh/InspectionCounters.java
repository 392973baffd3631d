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
  /**
   * Microseconds of CPU time the process spent (every thread: the caller, the checks' worker, the collector, the
   * compiler) during the operations that count it. On a shared machine a benchmark gets a varying share of the cores,
   * which makes rates per second of wall time vary; {@code institutions / cpuMicros} does not depend on that share.
   */
  public long cpuMicros;

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
  private long cpuStart;

  @Setup(Level.Iteration)
  public void clear() {
    institutions = 0;
    signIns = 0;
    cpuMicros = 0;
  }

  /** Starts counting the process's CPU time, at the start of an operation. */
  void startCpu() {
    cpuStart = OS.getProcessCpuTime();
  }

  /** Adds the process's CPU time since {@link #startCpu()}, at the end of an operation. */
  void stopCpu() {
    cpuMicros += (OS.getProcessCpuTime() - cpuStart) / 1000;
  }
}
