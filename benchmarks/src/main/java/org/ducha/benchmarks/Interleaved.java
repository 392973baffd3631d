package org.ducha.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.ReadAhead;
import org.ducha.model.Institution;

/**
 * The three representative checks ({@link ThreeChecks}) run the ways {@code ThreeChecksBenchmark} runs them, taken in
 * turn for a short time each, round after round, in one JVM: on a shared machine whose load drifts, every way sees
 * the same drift, so their ratios hold better than those of benchmarks run one after the other. Prints institutions
 * per second of wall time and per second of the process's CPU time, over the rounds after the first third (warm-up).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.ducha.benchmarks.Interleaved [rounds] [seconds per turn]
 * </pre>
 *
 * Not a JMH benchmark: no forks, no blackholes (results go to a volatile field), one warm-up for all. Use it for
 * ratios on a busy machine; use JMH for the figures.
 */
public final class Interleaved {
  private Interleaved() {}

  private static volatile Object sink;

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 2;
    List<Institution> data = Generator.builder().seed(20220420).scale(Scale.typical(20)).allRates(0.01).build().institutions().toList();
    Inspector noLimit = ThreeChecks.engine(1, false, Duration.ZERO);
    Inspector limit = ThreeChecks.engine(1, false);
    Inspector limit2 = ThreeChecks.engine(2, false);
    Map<String, Runnable> ways = new LinkedHashMap<>();
    ways.put("hand-written loop", () -> data.forEach(i -> sink = HandWritten.inspect(i)));
    ways.put("engine, no time limit", () -> data.forEach(i -> sink = noLimit.inspect(i)));
    ways.put("engine, time limit, one call each", () -> data.forEach(i -> sink = limit.inspect(i)));
    ways.put("engine, time limit, one stream", () -> each(limit, data));
    ways.put("engine, time limit, one stream, 2 threads", () -> each(limit2, data));
    // what a parallel stream under a time limit did before CheckPipeline: two threads, each handing its institutions' checks to a watched worker
    ways.put("the same, 2 threads handing off", () -> {
      try (Stream<InstitutionReport> reports = ReadAhead.map(data.stream(), limit2::inspect, 2, "hand-off")) {
        reports.forEach(r -> sink = r);
      }
    });
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Map<String, long[]> totals = new LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      for (Map.Entry<String, Runnable> w : ways.entrySet()) {
        long wall0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        long institutions = 0;
        while (System.nanoTime() - wall0 < seconds * 1e9) {
          w.getValue().run();
          institutions += data.size();
        }
        if (r >= rounds / 3) {
          long[] t = totals.computeIfAbsent(w.getKey(), k -> new long[3]);
          t[0] += System.nanoTime() - wall0;
          t[1] += os.getProcessCpuTime() - cpu0;
          t[2] += institutions;
        }
      }
    }
    double loop = totals.values().iterator().next()[2] / (totals.values().iterator().next()[0] / 1e9);
    totals.forEach((way, t) -> {
      double wall = t[2] / (t[0] / 1e9);
      System.out.printf("%-42s %8.0f institutions/s  %8.0f per CPU s  %5.2fx the loop's time%n", way, wall, t[2] / (t[1] / 1e9), loop / wall);
    });
  }

  private static void each(Inspector inspector, List<Institution> data) {
    try (Stream<InstitutionReport> reports = inspector.inspectEach(data.stream())) {
      reports.forEach(r -> sink = r);
    }
  }
}
