package org.ducha.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.ducha.check.Check;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.check.InspectionCheck;
import org.ducha.check.InstitutionIndex;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.engine.Catalogue.Resolved;
import org.ducha.internal.RunContext;
import org.ducha.model.Inspection;
import org.ducha.model.Institution;

/**
 * Runs checks over institutions' records and reports what it finds. Built once, used for any number of
 * institutions, from any number of threads.
 *
 * <pre>{@code
 * Inspector inspector = Inspector.builder()          // packs found through ServiceLoader
 *     .profile(Profile.builder("city").campaign("zouguochang-2021").build())
 *     .build();
 * InstitutionReport report = inspector.inspect(institution);
 * for (Finding f : report.findings()) {
 *   System.out.println(inspector.messages().message(f, MessageCatalog.ZH_CN));
 * }
 * }</pre>
 *
 * <p>Packs are discovered through {@link ServiceLoader} unless {@link Builder#discoverPacks(boolean)} turns
 * that off; packs added by hand join them. A provider that cannot be loaded, clashing or malformed check ids,
 * and a profile naming unknown checks or parameters make {@link Builder#build()} fail with a
 * {@link ConfigurationException} naming what is wrong: the catalogue is all or nothing.
 *
 * <p>Call only; not for extension.
 */
public final class Inspector {

  /** Pack ids reserved for the first-party packs, whose classes live under {@code org.ducha.checks.}. */
  public static final List<String> RESERVED_PACK_IDS = Catalogue.RESERVED_PACK_IDS;

  /** The time limit of one check on one institution unless the builder says otherwise. */
  public static final Duration DEFAULT_CHECK_TIMEOUT = Duration.ofSeconds(60);

  /** An inspection-scope check with its profile values. */
  record ScopeCheck(InspectionCheck<?, ?> check, CheckDescriptor descriptor, Map<String, Object> parameters, Severity severity) {}

  private final List<CheckPack> packs;
  private final List<PackInfo> packInfos;
  private final List<Resolved> checks;
  /** Check ids in the order their findings are reported: by group, then id. */
  private final List<String> reportOrder;
  private final Profile profile;
  private final Locale locale;
  private final int parallelism;
  private final boolean validateRecords;
  private final MessageCatalog messages;
  private final CheckRunner runner;
  /** Told how long each check took; null when nobody listens (then nothing is timed). */
  private final CheckObserver observer;
  private final List<ScopeCheck> scopeChecks;
  /** Whether the profile enables an inspection-scope check: else {@link #inspect(Institution)} needs no run. */
  private final boolean scopeChecksEnabled;

  private Inspector(List<CheckPack> packs, List<PackInfo> packInfos, List<Resolved> checks, Profile profile, Locale locale,
      int parallelism, boolean validateRecords, MessageCatalog messages, Duration checkTimeout, CheckObserver observer,
      List<ScopeCheck> scopeChecks) {
    this.packs = packs;
    this.packInfos = packInfos;
    this.checks = checks;
    this.scopeChecks = scopeChecks;
    this.reportOrder = Stream.concat(checks.stream().map(Resolved::descriptor), scopeChecks.stream().map(ScopeCheck::descriptor))
        .sorted(Comparator.comparing(CheckDescriptor::group).thenComparing(CheckDescriptor::id))
        .map(CheckDescriptor::id).toList();
    this.profile = profile;
    this.scopeChecksEnabled = scopeChecks.stream().anyMatch(c -> profile.enabled(c.descriptor().id()));
    this.locale = locale;
    this.parallelism = parallelism;
    this.validateRecords = validateRecords;
    this.messages = messages;
    this.runner = new CheckRunner(checkTimeout);
    this.observer = observer;
  }

  /** The host's observer of check timings, or null. */
  CheckObserver observer() {
    return observer;
  }

  /** A builder: discovery on, default profile, zh-CN, one thread. */
  public static Builder builder() {
    return new Builder();
  }

  /** The packs in use, by id. */
  public List<CheckPack> packs() {
    return packs;
  }

  /** The packs in use, as reports record them. */
  public List<PackInfo> packInfos() {
    return packInfos;
  }

  /** Descriptors of every loaded check (enabled or not), per-institution and inspection-scope alike, by id. */
  public List<CheckDescriptor> catalogue() {
    return Stream.concat(checks.stream().map(Resolved::descriptor), scopeChecks.stream().map(ScopeCheck::descriptor))
        .sorted(Comparator.comparing(CheckDescriptor::id)).toList();
  }

  /** The ids of the inspection-scope checks ({@link InspectionCheck}) among {@link #catalogue()}, by id. */
  public List<String> inspectionScopeCheckIds() {
    return scopeChecks.stream().map(s -> s.descriptor().id()).toList();
  }

  /**
   * A new run: the state of one inspection of many institutions, which the inspection-scope checks need (the facts
   * they collect). Inspect institutions through it, then call {@link InspectionRun#report}. The Inspector itself keeps
   * no state and serves any number of runs at once.
   */
  public InspectionRun newRun() {
    return new InspectionRun(this, scopeChecks, reportOrder);
  }

  /**
   * The steps of a run taken apart, for an engine that distributes them itself (a keyed shuffle of the facts between
   * machines, as {@code ducha-spark} does on Spark); see {@link InspectionSteps}. In one process, use {@link #newRun()}.
   */
  public InspectionSteps steps() {
    return new InspectionSteps(this, scopeChecks, reportOrder);
  }

  /**
   * Inspects one institution with every enabled check: the per-institution checks, and the inspection-scope checks
   * over this institution alone (they find what its own records show, such as two trainee records of one person at
   * once). Invalid records give a NOT_INSPECTED report listing every problem. Never throws because of a check.
   */
  public InstitutionReport inspect(Institution institution) {
    return run(institution, job(institution));
  }

  /** What {@link #inspect(Institution)} does, as a job: the checks under the time limit, then the report. */
  private CheckRunner.Job<InstitutionReport> job(Institution institution) {
    if (scopeChecks.isEmpty()) {
      return checksJob(institution);
    }
    if (!scopeChecksEnabled) {
      // what a run would return: the same report, its outcomes ordered by check id as a run orders them
      return checksJob(institution).then(r -> {
        List<CheckOutcome> outcomes = new ArrayList<>(r.outcomes());
        outcomes.sort(Comparator.comparing(CheckOutcome::checkId));
        return new InstitutionReport(r.institutionId(), r.institutionName(), r.examSite(), r.inspectedOn(), r.status(),
            r.findings(), outcomes, r.problems());
      });
    }
    InspectionRun run = newRun();
    return run.job(institution).then(report -> run.report(Optional.empty(), List.of(report)).institutions().get(0));
  }

  /** Runs {@code job}, the checks of {@code institution}, under the time limit on the calling thread's behalf. */
  <R> R run(Institution institution, CheckRunner.Job<R> job) {
    Object[] results;
    try {
      results = runner.run(job.tasks());
    } catch (OutOfMemoryError e) {
      throw outOfMemory(institution, e);
    }
    return job.finish(results);
  }

  /**
   * Institutions as they come, lazily and in order, each made into a job and run: with a time limit on
   * {@link #parallelism()} threads at once, which run the checks themselves (no hand-off per institution); without
   * one on the consumer's thread, or ahead of it on that many threads when parallel.
   */
  <R> Stream<R> each(Stream<Institution> institutions, java.util.function.Function<Institution, CheckRunner.Job<R>> job) {
    if (runner.limitNanos() > 0) {
      return runner.stream(institutions.sequential(), job, parallelism);
    }
    java.util.function.Function<Institution, R> f = i -> run(i, job.apply(i));
    if (parallelism <= 1) {
      return institutions.sequential().map(f);
    }
    return ReadAhead.map(institutions.sequential(), f, parallelism, "ducha-inspector");
  }

  /** The profile in use. */
  public Profile profile() {
    return profile;
  }

  /** The locale reports are rendered in unless a writer is told otherwise. */
  public Locale locale() {
    return locale;
  }

  /** The time limit of one check on one institution; {@link Duration#ZERO} when there is none. */
  public Duration checkTimeout() {
    return runner.limit();
  }

  /** How many institutions it inspects at once. */
  public int parallelism() {
    return parallelism;
  }

  /**
   * This inspector with the duties of {@code campaignIds} turned on as well, as an inspection that is part of those
   * campaigns requires; the same packs, checks, parameters and settings. This inspector itself when they are on already.
   */
  public Inspector withCampaigns(java.util.Collection<String> campaignIds) {
    if (profile.campaigns().containsAll(campaignIds)) {
      return this;
    }
    Profile.Builder b = profile.toBuilder();
    campaignIds.forEach(b::campaign);
    return new Inspector(packs, packInfos, checks, b.build(), locale, parallelism, validateRecords, messages, runner.limit(), observer, scopeChecks);
  }

  /** The message texts of every pack in use, with the host's overrides. */
  public MessageCatalog messages() {
    return messages;
  }

  /**
   * Inspects one institution. Invalid records give a NOT_INSPECTED report listing every problem; otherwise
   * every enabled check runs and gives an outcome. Whatever a check throws (exceptions, checked or not, and errors
   * such as {@link StackOverflowError} or {@link ExceptionInInitializerError}) is an {@link OutcomeStatus#ERROR ERROR}
   * outcome of that check, and so is a check still running after the {@link Builder#checkTimeout(Duration) time limit};
   * the other checks go on. The run itself stops, with an {@link InspectionAbortedException}, only when a check runs out
   * of memory, when too many abandoned checks are still running (see {@link Builder#checkTimeout(Duration)}), or when
   * the calling thread is interrupted. With
   * {@link Builder#validateRecords(boolean) validateRecords(false)} the records are taken as valid.
   */
  InstitutionReport inspectChecks(Institution institution) {
    return run(institution, checksJob(institution));
  }

  /** What {@link #inspectChecks} does, as a job: validating and the checks' tasks now, the report when they have run. */
  CheckRunner.Job<InstitutionReport> checksJob(Institution institution) {
    checkNotNull(institution, "institution");
    List<InputProblem> problems = validateRecords ? RecordValidator.get().validate(institution) : List.of();
    if (!problems.isEmpty()) {
      InstitutionReport notInspected = InstitutionReport.notInspected(
          Optional.ofNullable(institution.id()).orElse("?"), Optional.ofNullable(institution.name()).orElse("?"),
          institution.operatesExamSite(), Optional.ofNullable(institution.inspectedOn()), problems);
      return CheckRunner.Job.of(List.of(), results -> notInspected);
    }
    InstitutionIndex index = new InstitutionIndex(institution);
    // One slot per enabled check, in catalogue order: its outcome when it does not apply, else its task's position.
    List<Object> slots = new ArrayList<>();
    List<Resolved> running = new ArrayList<>();
    List<CheckRunner.Task> tasks = new ArrayList<>();
    // How long each task ran, for the observer: written by the task's thread before its result is handed over.
    long[] elapsed = new long[checks.size()];
    for (Resolved r : checks) {
      CheckDescriptor d = r.descriptor();
      if (!profile.enabled(d.id())) {
        continue;
      }
      Optional<String> skip = whyNotApplicable(d, institution);
      if (skip.isPresent()) {
        slots.add(CheckOutcome.notApplicable(d.id(), skip.get()));
        continue;
      }
      slots.add(tasks.size());
      running.add(r);
      int t = tasks.size();
      tasks.add(() -> {
        long start = observer == null ? 0 : System.nanoTime();
        try {
          List<Finding> found = new ArrayList<>();
          r.check().inspect(institution, new RunContext(d, institution.id(), institution.inspectedOn(), r.parameters(), r.severity(), index, found));
          return found;
        } finally {
          if (observer != null) {
            elapsed[t] = System.nanoTime() - start;
          }
        }
      });
    }
    return CheckRunner.Job.of(tasks, results -> report(institution, slots, running, results, elapsed));
  }

  private InstitutionReport report(Institution institution, List<Object> slots, List<Resolved> running, Object[] results, long[] elapsed) {
    List<CheckOutcome> outcomes = new ArrayList<>();
    Map<String, List<Finding>> byCheck = new HashMap<>();
    for (Object slot : slots) {
      if (slot instanceof CheckOutcome o) {
        outcomes.add(o);
        continue;
      }
      int t = (Integer) slot;
      String id = running.get(t).descriptor().id();
      Object result = results[t];
      if (result instanceof OutOfMemoryError e) {
        throw outOfMemory(institution, e);
      } else if (result == CheckRunner.TIMED_OUT) {
        outcomes.add(CheckOutcome.timedOut(id, runner.limit()));
      } else if (result instanceof Throwable e) {
        outcomes.add(CheckOutcome.error(id, e));
      } else {
        @SuppressWarnings("unchecked")
        List<Finding> found = (List<Finding>) result;
        outcomes.add(CheckOutcome.ran(id, found.size()));
        byCheck.put(id, found);
      }
      if (observer != null) {
        CheckOutcome o = outcomes.get(outcomes.size() - 1);
        observer.ran(id, o.status(), result == CheckRunner.TIMED_OUT ? runner.limit().toNanos() : elapsed[t]);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (String id : reportOrder) {
      List<Finding> found = byCheck.get(id);
      if (found != null) {
        findings.addAll(found);
      }
    }
    return new InstitutionReport(institution.id(), institution.name(), institution.operatesExamSite(),
        Optional.of(institution.inspectedOn()), InspectionStatus.INSPECTED, findings, outcomes, List.of());
  }

  private static InspectionAbortedException outOfMemory(Institution institution, OutOfMemoryError e) {
    return new InspectionAbortedException(InspectionAbortedException.Reason.OUT_OF_MEMORY,
        "out of memory while inspecting " + institution.id() + "; give Java more memory (e.g. -Xmx2g) or inspect fewer institutions at once", e);
  }

  Optional<String> whyNotApplicable(CheckDescriptor d, Institution institution) {
    if (d.campaign().isPresent() && !profile.campaigns().contains(d.campaign().get())) {
      return Optional.of("campaign " + d.campaign().get() + " is not enabled");
    }
    if (!d.inForce().covers(institution.inspectedOn())) {
      return Optional.of("not in force on " + institution.inspectedOn());
    }
    if (!d.applicability().appliesTo(institution)) {
      return Optional.of(d.applicability().descriptionKey());
    }
    return Optional.empty();
  }

  /**
   * Inspects institutions as they come, lazily and in order, holding at most a few institutions at a time (two per
   * thread when parallel or under a time limit; one when neither): memory grows with the largest institution, not with
   * their number.
   */
  public Stream<InstitutionReport> inspectEach(Stream<Institution> institutions) {
    return each(institutions, this::job);
  }

  /**
   * Inspects every institution in one {@linkplain #newRun() run} — the inspection-scope checks see them all — and
   * collects the report, ordered as {@code inspection} lists them.
   */
  public InspectionReport inspect(Optional<Inspection> inspection, Stream<Institution> institutions) {
    InspectionRun run = newRun();
    List<InstitutionReport> reports;
    try (Stream<InstitutionReport> s = run.inspectEach(institutions)) {
      reports = s.toList();
    }
    return run.report(inspection, reports);
  }

  /**
   * Assembles a report from institution reports (some perhaps NOT_INSPECTED because their input could not
   * be read), ordered as {@code inspection} lists them, the rest after in the given order.
   */
  public InspectionReport report(Optional<Inspection> inspection, List<InstitutionReport> reports) {
    List<InstitutionReport> ordered = new ArrayList<>(reports);
    if (inspection.isPresent() && !inspection.get().institutionIds().isEmpty()) {
      List<String> order = inspection.get().institutionIds();
      ordered.sort(Comparator.comparingInt(r -> {
        int i = order.indexOf(r.institutionId());
        return i < 0 ? Integer.MAX_VALUE : i;
      }));
    }
    return new InspectionReport(inspection, ordered, profile, packInfos);
  }

  /** Builds an {@link Inspector}. */
  public static final class Builder {
    private boolean discover = true;
    private ClassLoader classLoader;
    private final List<CheckPack> added = new ArrayList<>();
    private List<String> onlyPacks;
    private Profile profile = Profile.defaults();
    private Locale locale = MessageCatalog.ZH_CN;
    private int parallelism = 1;
    private boolean validateRecords = true;
    private final Map<Locale, Map<String, String>> overrides = new HashMap<>();
    private Duration checkTimeout = DEFAULT_CHECK_TIMEOUT;
    private CheckObserver observer;

    private Builder() {}

    /**
     * The time limit of one check on one institution (default {@link #DEFAULT_CHECK_TIMEOUT 60 s}); {@link Duration#ZERO}
     * for none. A check still running when its time is up is interrupted, abandoned and reported as an
     * {@link OutcomeStatus#ERROR ERROR} outcome (timed out); the next check runs on a fresh thread. Java cannot stop a
     * thread that ignores interruption: an abandoned check that loops for ever keeps its daemon thread, and a core, busy
     * until the JVM exits, so once more than four such checks of this inspector are still running, inspecting stops with
     * an {@link InspectionAbortedException}. With a limit, {@link Inspector#inspect(Institution)} runs each
     * institution's checks on a worker thread while the calling thread watches them, and a stream
     * ({@link Inspector#inspectEach}, {@link InspectionRun#inspectEach}) runs them on {@link #parallelism} threads at once,
     * each taking institution after institution, watched by the thread that takes the reports, with no hand-off per
     * institution; without a limit, on the
     * calling thread (or, when parallel, on the stream's threads).
     */
    public Builder checkTimeout(Duration limit) {
      checkNotNull(limit, "limit");
      checkArgument(!limit.isNegative(), "check timeout must be >= 0: %s", limit);
      this.checkTimeout = limit;
      return this;
    }

    /** Whether to discover packs through {@link ServiceLoader} (default true). */
    public Builder discoverPacks(boolean on) { this.discover = on; return this; }

    /** The class loader to discover packs with (default: the thread's context class loader). */
    public Builder classLoader(ClassLoader loader) { this.classLoader = loader; return this; }

    /** Adds packs by hand, beside or instead of discovered ones. */
    public Builder addPacks(CheckPack... packs) {
      for (CheckPack p : packs) {
        added.add(checkNotNull(p));
      }
      return this;
    }

    /**
     * Keeps only the packs with these ids, of those discovered and added: how a host on the module path, where
     * pack classes are not exported, composes the packs it wants. An id that no pack has fails {@link #build()}.
     */
    public Builder onlyPacks(String... packIds) {
      this.onlyPacks = List.of(packIds);
      return this;
    }

    /** The profile (default: {@link Profile#defaults()}). */
    public Builder profile(Profile p) { this.profile = checkNotNull(p); return this; }

    /** The locale of rendered reports (default zh-CN). */
    public Builder locale(Locale l) { this.locale = MessageCatalog.resolve(checkNotNull(l)); return this; }

    /** How many institutions to inspect at once (default 1). */
    public Builder parallelism(int n) {
      checkArgument(n >= 1, "parallelism must be >= 1: %s", n);
      this.parallelism = n;
      return this;
    }

    /**
     * Whether {@link #inspect(Institution)} validates each institution's records first (default true). Turn it off
     * only for institutions that were validated already — as {@code InspectionReader} does for every institution it
     * reads — to save validating them twice: in the benchmarks, validating takes four tenths of the time of
     * inspecting with the whole catalogue (see {@code docs/performance.md}). Records that are invalid after all are
     * then inspected as they are: a check may miss a defect or fail with an ERROR outcome, instead of the institution
     * being reported NOT_INSPECTED.
     */
    public Builder validateRecords(boolean on) { this.validateRecords = on; return this; }

    /** Tells {@code o} how long each check took on each institution (default: nobody; nothing is timed). */
    public Builder checkObserver(CheckObserver o) { this.observer = checkNotNull(o); return this; }

    /** Overrides the text of message {@code key} in {@code locale}, above every pack's bundle. */
    public Builder messageOverride(Locale l, String key, String text) {
      overrides.computeIfAbsent(MessageCatalog.resolve(l), k -> new HashMap<>()).put(key, text);
      return this;
    }

    /**
     * The inspector; fails with {@link ConfigurationException} listing every problem with packs (see
     * {@link Catalogue}) or, when the packs load, every problem with the profile.
     */
    public Inspector build() {
      Catalogue catalogue = Catalogue.loader().discoverPacks(discover).classLoader(classLoader).addPacks(added)
          .onlyPacks(onlyPacks).load().orThrow();
      Catalogue.Resolution resolved = catalogue.resolve(profile);
      MessageCatalog catalog = MessageCatalog.of(catalogue.packs(), overrides);
      return new Inspector(catalogue.packs(), catalogue.packInfos(), resolved.checks(), profile, locale, parallelism,
          validateRecords, catalog, checkTimeout, observer, resolved.inspectionChecks());
    }
  }
}
