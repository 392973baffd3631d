package org.ducha.engine;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.ducha.check.Fact;
import org.ducha.check.InspectionCheck;
import org.ducha.check.InstitutionRef;
import org.ducha.finding.Finding;
import org.ducha.internal.FactStore;
import org.ducha.internal.JudgeRunContext;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;

/**
 * One inspection of many institutions by an {@link Inspector}: the state its inspection-scope checks
 * ({@link InspectionCheck}) need between the institutions. Institutions pass through {@link #inspect} or
 * {@link #inspectEach}, which run the per-institution checks at once and keep the inspection-scope checks' facts;
 * {@link #report} then judges those facts and adds their findings and outcomes to the institution reports.
 *
 * <pre>{@code
 * InspectionRun run = inspector.newRun();
 * List<InstitutionReport> reports;
 * try (Stream<InstitutionReport> s = run.inspectEach(institutions)) {
 *   reports = s.toList();
 * }
 * InspectionReport report = run.report(Optional.of(inspection), reports);
 * }</pre>
 *
 * <p>Memory: the facts, not the institutions — each check's facts as its codec encodes them, at most 2 MiB of them
 * per check in memory and the rest in temporary files, deleted by {@link #report}. {@link #inspect} may be called
 * from several threads at once; {@link #report} once, after every institution has been inspected. Call only.
 */
public final class InspectionRun {

  private final Inspector inspector;
  private final List<Inspector.ScopeCheck> checks;
  private final Map<String, Integer> order = new HashMap<>();
  private final List<FactStore<?, ?>> stores = new ArrayList<>();
  private final List<InstitutionRef> institutions = new ArrayList<>();
  /** Per institution id and check id: the outcome decided while collecting (NOT_APPLICABLE or ERROR). */
  private final Map<String, Map<String, CheckOutcome>> collected = new ConcurrentHashMap<>();
  private boolean reported;

  InspectionRun(Inspector inspector, List<Inspector.ScopeCheck> checks, List<String> reportOrder) {
    this(inspector, checks, reportOrder, FactStore.DEFAULT_MEMORY_LIMIT);
  }

  InspectionRun(Inspector inspector, List<Inspector.ScopeCheck> checks, List<String> reportOrder, long memoryLimit) {
    this.inspector = inspector;
    this.checks = checks;
    for (int i = 0; i < reportOrder.size(); i++) {
      order.put(reportOrder.get(i), i);
    }
    for (Inspector.ScopeCheck c : checks) {
      stores.add(new FactStore<>(c.check().codec(), memoryLimit));
    }
  }

  /**
   * Inspects one institution: runs the per-institution checks and returns their report, and keeps the facts the
   * inspection-scope checks collect from it (judged by {@link #report}). Invalid records give a NOT_INSPECTED
   * report and no facts.
   */
  public InstitutionReport inspect(Institution institution) {
    return inspector.run(institution, job(institution));
  }

  /** What {@link #inspect} does, as a job: the per-institution checks under the time limit, then the facts collected. */
  CheckRunner.Job<InstitutionReport> job(Institution institution) {
    checkNotNull(institution, "institution");
    checkState(!reported, "this run has reported already; start a new run");
    return inspector.checksJob(institution).then(report -> {
      if (report.status() == InspectionStatus.INSPECTED && !checks.isEmpty()) {
        collect(institution);
      }
      return report;
    });
  }

  /** Inspects institutions as they come, lazily and in order, as {@link Inspector#inspectEach} does, within this run. */
  public Stream<InstitutionReport> inspectEach(Stream<Institution> institutions) {
    return inspector.each(institutions, this::job);
  }

  private void collect(Institution institution) {
    int ordinal;
    synchronized (this.institutions) {
      ordinal = this.institutions.size();
      this.institutions.add(InstitutionRef.of(institution));
    }
    Map<String, CheckOutcome> outcomes = InspectionSteps.collect(inspector, checks, institution,
        (c, facts) -> add(stores.get(checks.indexOf(c)), ordinal, facts));
    collected.merge(institution.id(), outcomes, (a, b) -> {
      Map<String, CheckOutcome> m = new HashMap<>(b);
      m.putAll(a);
      return m;
    });
  }

  @SuppressWarnings("unchecked")
  private static <K, F> void add(FactStore<?, ?> store, int ordinal, List<? extends Map.Entry<?, ?>> facts) {
    FactStore<K, F> s = (FactStore<K, F>) store;
    s.add(s.encode(ordinal, (List<Map.Entry<K, F>>) facts));
  }

  /**
   * Judges the facts collected, adds each inspection-scope check's findings and outcome to the reports of the
   * institutions inspected in this run, and assembles the inspection report as {@link Inspector#report} does.
   * Findings are ordered as the per-institution checks' are (by group, then check id), each check's by subject key and
   * evidence, so the output does not depend on the order or threads in which institutions passed. Call once.
   */
  public InspectionReport report(Optional<Inspection> inspection, List<InstitutionReport> reports) {
    checkState(!reported, "this run has reported already");
    reported = true;
    Map<String, List<Finding>> found = new HashMap<>();
    Map<String, Map<String, CheckOutcome>> judgeErrors = new HashMap<>();
    try {
      List<Judged> judged = judgeAll();
      // Merged in the checks' order, whichever thread judged which check: the same reports every run.
      for (int i = 0; i < judged.size(); i++) {
        String id = checks.get(i).descriptor().id();
        Judged j = judged.get(i);
        if (j == null) {
          continue;
        }
        for (Finding f : j.findings()) {
          found.computeIfAbsent(f.institutionId(), k -> new ArrayList<>()).add(f);
        }
        j.errors().forEach((institution, error) -> judgeErrors.computeIfAbsent(institution, k -> new HashMap<>()).putIfAbsent(id, error));
      }
    } finally {
      stores.forEach(FactStore::close);
    }
    List<InstitutionReport> out = new ArrayList<>(reports.size());
    for (InstitutionReport r : reports) {
      out.add(r.status() == InspectionStatus.INSPECTED && collected.containsKey(r.institutionId())
          ? complete(r, found.getOrDefault(r.institutionId(), List.of()), judgeErrors.getOrDefault(r.institutionId(), Map.of()))
          : r);
    }
    return inspector.report(inspection, out);
  }

  /** What judging one check's facts gave: its findings, and per institution an ERROR outcome where judging failed. */
  private record Judged(List<Finding> findings, Map<String, CheckOutcome> errors) {}

  /**
   * Judges every enabled check's facts, index by index as {@link #checks} ({@code null} for a disabled check). Each
   * check's keys fall into {@link FactStore#PARTITIONS} partitions, and a key's judgement depends on its facts alone
   * (checks are stateless), so with a parallelism above one the (check, partition) pairs are judged on that many
   * threads at once, each taking the next pair as it is free — a check with many keys is spread over every thread —
   * and each check's findings and errors are merged in partition order: the same as judging on one thread. A failure
   * of Ducha itself (out of memory) still ends the run.
   */
  private List<Judged> judgeAll() {
    List<Integer> enabled = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      if (inspector.profile().enabled(checks.get(i).descriptor().id())) {
        enabled.add(i);
      }
    }
    int parts = FactStore.PARTITIONS;
    Judged[][] byPartition = new Judged[checks.size()][parts];
    long[][] keys = new long[checks.size()][parts];
    long[][] nanos = new long[checks.size()][parts];
    int pairs = enabled.size() * parts;
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    Runnable worker = () -> {
      for (int n = next.getAndIncrement(); n < pairs; n = next.getAndIncrement()) {
        int i = enabled.get(n / parts);
        int p = n % parts;
        long start = System.nanoTime();
        byPartition[i][p] = judge(checks.get(i), stores.get(i), p, keys[i]);
        nanos[i][p] = System.nanoTime() - start;
      }
    };
    int threads = Math.min(inspector.parallelism(), pairs);
    if (threads <= 1) {
      worker.run();
    } else {
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "ducha-judge");
        t.setDaemon(true);
        return t;
      });
      try {
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          futures.add(pool.submit(worker));
        }
        for (java.util.concurrent.Future<?> f : futures) {
          await(f);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    List<Judged> judged = new ArrayList<>(java.util.Collections.nCopies(checks.size(), (Judged) null));
    CheckObserver observer = inspector.observer();
    for (int i : enabled) {
      List<Finding> findings = new ArrayList<>();
      Map<String, CheckOutcome> errors = new HashMap<>();
      for (Judged j : byPartition[i]) {
        findings.addAll(j.findings());
        j.errors().forEach(errors::putIfAbsent);
      }
      judged.set(i, new Judged(findings, errors));
      if (observer != null) {
        observer.judged(checks.get(i).descriptor().id(), java.util.Arrays.stream(keys[i]).sum(), java.util.Arrays.stream(nanos[i]).sum());
      }
    }
    return judged;
  }

  private static void await(java.util.concurrent.Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InspectionAbortedException(InspectionAbortedException.Reason.INTERRUPTED, "interrupted while the inspection-scope checks were judged", e);
    } catch (java.util.concurrent.ExecutionException e) {
      com.google.common.base.Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Judges the keys of partition {@code p} of one check's facts; adds how many keys it judged to {@code keys[p]}. */
  @SuppressWarnings("unchecked")
  private <K, F> Judged judge(Inspector.ScopeCheck c, FactStore<?, ?> store, int p, long[] keys) {
    InspectionCheck<K, F> check = (InspectionCheck<K, F>) c.check();
    String id = c.descriptor().id();
    List<Finding> sink = new ArrayList<>();
    JudgeRunContext context = new JudgeRunContext(c.descriptor(), c.parameters(), c.severity(), sink);
    Map<String, CheckOutcome> keyErrors = new HashMap<>();
    Map<String, CheckOutcome> errors = new HashMap<>();
    ((FactStore<K, F>) store).forEachKey(p, (key, entries) -> {
      keys[p]++;
      List<Fact<F>> facts = new ArrayList<>(entries.size());
      for (FactStore.Entry<F> e : entries) {
        facts.add(new Fact<>(institutions.get(e.institution()), e.fact()));
      }
      keyErrors.clear();
      InspectionSteps.judgeKey(check, id, key, facts, context, sink, keyErrors);
      keyErrors.forEach(errors::putIfAbsent);
    });
    return new Judged(sink, errors);
  }

  private InstitutionReport complete(InstitutionReport r, List<Finding> scopeFindings, Map<String, CheckOutcome> judgeErrors) {
    return InspectionSteps.complete(inspector, checks, order, r, collected.get(r.institutionId()), scopeFindings, judgeErrors);
  }
}
