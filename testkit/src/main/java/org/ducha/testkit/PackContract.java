package org.ducha.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ducha.check.Check;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.InspectionCheck;
import org.ducha.check.CheckPack;
import org.ducha.check.Parameter;
import org.ducha.engine.Catalogue;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.ConfigurationException;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.Inspector;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.OutcomeStatus;
import org.ducha.engine.PackInfo;
import org.ducha.engine.Profile;
import org.ducha.finding.Finding;
import org.ducha.model.Institution;

/**
 * The contract every check pack must keep, checked in one go against a pack of your own, in the manner of
 * Guava's {@code EqualsTester}. Point it at your pack, give it institutions on which the pack must find nothing
 * and, for each check, an institution on which that check must fire:
 *
 * <pre>{@code
 * @Test
 * void the_pack_keeps_the_contract() {
 *   PackContract.of(new ShanxiPack())
 *       .clean(Fixtures.cleanInstitution())
 *       .firing("shanxi.teacher.daily-hours", twelveHoursOnOneDay())
 *       .firing("shanxi.class.too-large", Mutations.enrol(Fixtures.cleanInstitution(), Fixtures.CLASS_OFFLINE, 46))
 *       .discoverable()
 *       .verify();
 * }
 * }</pre>
 *
 * <p>{@link #verify()} checks everything below and throws one {@link AssertionError} listing every violation,
 * each tagged with what it concerns:
 * <ul>
 *   <li><b>[pack]</b> the pack id is lower-case letters, digits and '-', not reserved for Ducha's own packs; it
 *       has a version and a message bundle; ServiceLoader can create it (public class with a public no-argument
 *       constructor or a public static {@code provider()} method); {@code checks()} returns the same instances on
 *       every call;</li>
 *   <li><b>[ids]</b> every check id is well formed ({@link CheckDescriptor#ID_PATTERN}), starts with the pack id
 *       and a dot, and is unique (both classes are named);</li>
 *   <li><b>[descriptors]</b> {@code descriptor()} neither throws nor returns null, returns the same object on every
 *       call, and names at least one regulation reference with a title;</li>
 *   <li><b>[messages]</b> both bundles ({@code zh-CN} and {@code en}) exist and hold the same keys; every key the
 *       descriptors name — message, title ({@code <id>.title}), parameter descriptions, applicability and group
 *       heading (these two may come from Ducha's own bundle) — has a non-blank text in both; each text uses the
 *       same placeholders in both languages; every message key a finding used while the contract ran exists,
 *       and each of its placeholders was given as an argument;</li>
 *   <li><b>[fixtures]</b> every fixture is valid records (else nothing ran on it);</li>
 *   <li><b>[errors]</b> no check throws on any fixture;</li>
 *   <li><b>[clean]</b> no check finds anything on a clean fixture, and each check ran (was applicable) on at least
 *       one of them;</li>
 *   <li><b>[firing]</b> every check has at least one firing fixture, and fires on each one given for it;</li>
 *   <li><b>[determinism]</b> the same fixture inspected twice gives equal reports (findings, order, outcomes);</li>
 *   <li><b>[threads]</b> the same fixtures inspected from several threads at once ({@link #threads} ×
 *       {@link #runsPerThread}) give the same reports as one thread;</li>
 *   <li><b>[registration]</b>, with {@link #discoverable()}: ServiceLoader finds the pack, as {@code ducha} and a
 *       discovering {@code Inspector} would.</li>
 * </ul>
 *
 * <p>The items [pack], [ids], [descriptors] and [messages] are the rules of {@link Catalogue}, the loader the
 * Inspector itself uses: the contract reports the problems it finds, in its words. The checks run through the real
 * {@link Inspector}, with every campaign that a check names turned on. When the loader refuses some checks
 * (clashing or misplaced ids), the other items are checked on the pack without them. Without {@link #clean}, the clean fixture is {@link Fixtures#cleanInstitution()}.
 */
public final class PackContract {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private record Fixture(String label, Institution institution, Optional<String> fires) {}

  private final CheckPack pack;
  private final List<Institution> clean = new ArrayList<>();
  private final Map<String, List<Institution>> firing = new LinkedHashMap<>();
  private int threads = 8;
  private int runsPerThread = 4;
  private boolean discoverable;
  private final Map<String, List<List<Institution>>> firingTogether = new LinkedHashMap<>();
  private final List<List<Institution>> cleanTogether = new ArrayList<>();

  private PackContract(CheckPack pack) {
    this.pack = checkNotNull(pack, "pack");
  }

  /** The contract of {@code pack}. */
  public static PackContract of(CheckPack pack) {
    return new PackContract(pack);
  }

  /** Institutions on which no check of the pack may find anything. */
  public PackContract clean(Institution... fixtures) {
    for (Institution i : fixtures) {
      clean.add(checkNotNull(i, "clean fixture"));
    }
    return this;
  }

  /** Institutions on each of which the check {@code checkId} must find at least one problem. */
  public PackContract firing(String checkId, Institution... fixtures) {
    checkNotNull(checkId, "checkId");
    checkArgument(fixtures.length > 0, "give at least one institution on which %s fires", checkId);
    List<Institution> list = firing.computeIfAbsent(checkId, k -> new ArrayList<>());
    for (Institution i : fixtures) {
      list.add(checkNotNull(i, "firing fixture of %s", checkId));
    }
    return this;
  }

  /**
   * Institutions that, inspected together in one run, make the inspection-scope check {@code checkId}
   * ({@link CheckPack#inspectionChecks()}) find at least one problem: the same person in two of them, say.
   */
  public PackContract firingTogether(String checkId, Institution... institutions) {
    checkNotNull(checkId, "checkId");
    checkArgument(institutions.length > 0, "give the institutions on which %s fires together", checkId);
    List<Institution> set = new ArrayList<>();
    for (Institution i : institutions) {
      set.add(checkNotNull(i, "firing fixture of %s", checkId));
    }
    firingTogether.computeIfAbsent(checkId, k -> new ArrayList<>()).add(List.copyOf(set));
    return this;
  }

  /**
   * Institutions that, inspected together in one run, must give no finding of any inspection-scope check of the pack.
   * Each clean fixture is also inspected alone, as every fixture is.
   */
  public PackContract cleanTogether(Institution... institutions) {
    List<Institution> set = new ArrayList<>();
    for (Institution i : institutions) {
      set.add(checkNotNull(i, "clean fixture"));
    }
    cleanTogether.add(List.copyOf(set));
    return this;
  }

  /** How many threads inspect the fixtures at once in the thread-safety item (default 8). */
  public PackContract threads(int n) {
    checkArgument(n >= 1, "threads must be >= 1: %s", n);
    this.threads = n;
    return this;
  }

  /** How many times each thread inspects every fixture in the thread-safety item (default 4). */
  public PackContract runsPerThread(int n) {
    checkArgument(n >= 1, "runsPerThread must be >= 1: %s", n);
    this.runsPerThread = n;
    return this;
  }

  /**
   * Also requires that {@link java.util.ServiceLoader} finds the pack: listed in
   * {@code META-INF/services/org.ducha.check.CheckPack} and, in a named module, in a {@code provides} clause.
   */
  public PackContract discoverable() {
    this.discoverable = true;
    return this;
  }

  /** Checks the contract; throws one {@link AssertionError} listing every violation, if there is any. */
  public void verify() {
    List<String> violations = violations();
    if (!violations.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      sb.append("Pack ").append(safe(pack::id).orElse("?")).append(" (").append(pack.getClass().getName())
          .append(") breaks the pack contract in ").append(violations.size()).append(violations.size() == 1 ? " way:" : " ways:");
      for (int i = 0; i < violations.size(); i++) {
        sb.append("\n  ").append(i + 1).append(". ").append(violations.get(i).replace("\n", "\n     "));
      }
      throw new AssertionError(sb.toString());
    }
  }

  /** Every violation of the contract, each tagged with what it concerns; empty when the pack keeps it. */
  public List<String> violations() {
    return new Run().all();
  }

  private static <T> Optional<T> safe(java.util.function.Supplier<T> s) {
    try {
      return Optional.ofNullable(s.get());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** One verification: collects violations as it goes. */
  private final class Run {
    private final List<String> out = new ArrayList<>();
    /** The pack loaded alone, with every problem the loader finds in it. */
    private Catalogue catalogue;
    private MessageCatalog catalog;
    private Map<String, Set<String>> shipped = Map.of();
    private final Set<String> reportedKeys = new TreeSet<>();
    /** Checks whose results differed between two runs on one thread. */
    private final Map<String, Differences> unstable = new TreeMap<>();

    void add(String tag, String text) {
      out.add("[" + tag + "] " + text);
    }

    List<String> all() {
      // The static items — pack, ids, descriptors, messages — are the catalogue loader's rules, reported as it finds them.
      catalogue = Catalogue.loader().discoverPacks(false).addPacks(pack).load();
      catalogue.problems().forEach(p -> add(p.area(), p.text()));
      if (!catalogue.packs().isEmpty()) {
        try {
          catalog = MessageCatalog.of(List.of(pack), Map.of());
          shipped = catalog.shippedKeys().getOrDefault(catalogue.packs().get(0).id(), Map.of());
        } catch (RuntimeException e) {
          // the loader reported it
        }
      }
      Inspector inspector = inspector();
      if (inspector != null) {
        dynamicItems(inspector);
        new ScopeItems(this).check(inspector);
      }
      if (discoverable) {
        registrationItem();
      }
      return List.copyOf(out);
    }

    /** Reports {@code key} of {@code d} ({@code what} it is) when a supported language's bundle lacks it. */
    void requireKey(CheckDescriptor d, String key, String what) {
      for (Locale l : MessageCatalog.SUPPORTED) {
        if (!keys(l).contains(key)) {
          add("messages", d.id() + ": " + what + " (key " + key + ") has no " + l.toLanguageTag() + " text");
        }
      }
    }

    private Set<String> keys(Locale l) {
      return shipped.getOrDefault(MessageCatalog.bundleTag(l), Set.of());
    }

    private Inspector inspector() {
      if (catalogue.packs().isEmpty()) {
        add("loading", "the checks could not be run: fix the items above first");
        return null;
      }
      Profile.Builder profile = Profile.builder("pack-contract");
      catalogue.descriptors().forEach(d -> d.campaign().ifPresent(profile::campaign));
      // No time limit: the checks then run on the threads the contract starts itself, which its [threads] item compares.
      if (catalogue.refusals().isEmpty()) {
        return Inspector.builder().discoverPacks(false).addPacks(pack).profile(profile.build()).checkTimeout(java.time.Duration.ZERO).build();
      }
      // The refusals were reported above: check the rest on the pack without the checks the loader refused.
      try {
        return Inspector.builder().discoverPacks(false).addPacks(new PackView(pack, List.copyOf(catalogue.checks().values())))
            .profile(profile.build()).checkTimeout(java.time.Duration.ZERO).build();
      } catch (ConfigurationException again) {
        add("loading", "the Inspector refuses the pack, so its checks could not be run: "
            + String.join("; ", catalogue.refusals().stream().map(Catalogue.Problem::text).toList()));
        return null;
      }
    }

    private void dynamicItems(Inspector inspector) {
      Set<String> ids = new TreeSet<>(catalogue.checks().keySet());
      List<Fixture> fixtures = new ArrayList<>();
      List<Institution> cleanOnes = clean.isEmpty() ? List.of(Fixtures.cleanInstitution()) : clean;
      for (int i = 0; i < cleanOnes.size(); i++) {
        fixtures.add(new Fixture("clean fixture " + (i + 1) + " (" + cleanOnes.get(i).id() + ")", cleanOnes.get(i), Optional.empty()));
      }
      firing.forEach((id, list) -> {
        if (!ids.contains(id)) {
          add("firing", ".firing(\"" + id + "\", …) names no check of the pack; its checks are " + ids);
          return;
        }
        for (int i = 0; i < list.size(); i++) {
          fixtures.add(new Fixture("firing fixture " + (i + 1) + " of " + id, list.get(i), Optional.of(id)));
        }
      });

      Map<Fixture, InstitutionReport> reference = new LinkedHashMap<>();
      unstable.clear();
      Set<String> ranOnClean = new TreeSet<>();
      Map<String, String> whyNotRun = new TreeMap<>();
      Set<String> errored = new TreeSet<>();
      for (Fixture f : fixtures) {
        InstitutionReport first = inspector.inspect(f.institution());
        if (first.status() != InspectionStatus.INSPECTED) {
          add("fixtures", f.label() + " is not valid, so no check ran on it; its records have " + first.problems().size() + " problem(s):\n"
              + String.join("\n", first.problems().stream().limit(5).map(InputProblem::toString).toList()));
          continue;
        }
        reference.put(f, first);
        for (CheckOutcome o : first.outcomes()) {
          if (o.status() == OutcomeStatus.ERROR) {
            errored.add(o.checkId());
            add("errors", o.checkId() + " threw on " + f.label() + ": " + o.detail().orElse("")
                + o.error().map(PackContract::where).orElse(""));
          }
        }
        if (f.fires().isEmpty()) {
          for (CheckOutcome o : first.outcomes()) {
            if (o.status() == OutcomeStatus.PASS || o.status() == OutcomeStatus.FAIL) {
              ranOnClean.add(o.checkId());
            } else if (o.status() == OutcomeStatus.NOT_APPLICABLE) {
              whyNotRun.putIfAbsent(o.checkId(), o.detail().orElse(""));
            }
          }
          Map<String, List<Finding>> byCheck = new TreeMap<>();
          first.findings().forEach(x -> byCheck.computeIfAbsent(x.checkId(), k -> new ArrayList<>()).add(x));
          byCheck.forEach((id, found) -> add("clean", id + " fired on " + f.label() + ", which must give no findings: " + found.size()
              + " finding(s), the first: " + ReportText.finding(found.get(0), Optional.ofNullable(catalog))));
        } else {
          String id = f.fires().get();
          Optional<CheckOutcome> o = first.outcome(id);
          if (o.isEmpty()) {
            add("firing", id + " did not run on " + f.label());
          } else if (o.get().status() == OutcomeStatus.PASS) {
            add("firing", id + " did not fire on " + f.label() + ": it ran and found nothing");
          } else if (o.get().status() == OutcomeStatus.NOT_APPLICABLE) {
            add("firing", id + " did not fire on " + f.label() + ": it did not apply (" + o.get().detail().orElse("") + ")");
          }
        }
        for (Finding x : first.findings()) {
          findingMessageItems(x, f);
        }
        InstitutionReport second = inspector.inspect(f.institution());
        for (String id : differingChecks(first, second)) {
          unstable.computeIfAbsent(id, k -> new Differences()).add(f.label(), () -> difference(first, second, id, "first run", "second run"));
        }
      }
      unstable.forEach((id, d) -> add("determinism", id + " gave different results when the same records were inspected twice, on "
          + d.where() + ":" + d.example + "\n(it keeps state between runs, or depends on time, randomness or hash order)"));
      for (String id : ids) {
        if (!firing.containsKey(id)) {
          add("firing", id + " has no firing fixture: add .firing(\"" + id + "\", institution) with records on which it finds a problem");
        }
        if (!ranOnClean.contains(id) && !errored.contains(id) && !reference.isEmpty()) {
          add("clean", id + " did not run on any clean fixture (" + whyNotRun.getOrDefault(id, "not applicable")
              + "), so its silence on clean records was not shown: add a clean fixture it applies to");
        }
      }
      threadItems(inspector, reference);
    }

    void findingMessageItems(Finding x, String label, Institution institution) {
      findingMessageItems(x, new Fixture(label, institution, Optional.empty()));
    }

    private void findingMessageItems(Finding x, Fixture f) {
      for (Locale l : MessageCatalog.SUPPORTED) {
        if (!keys(l).contains(x.messageKey())) {
          if (reportedKeys.add(x.messageKey() + "@" + l)) {
            add("messages", x.checkId() + " emitted a finding on " + f.label() + " with message key " + x.messageKey()
                + ", which has no " + l.toLanguageTag() + " text");
          }
          continue;
        }
        Set<String> missing = new TreeSet<>(placeholders(catalog.text(x.messageKey(), l).orElse("")));
        missing.removeAll(x.arguments().keySet());
        if (!missing.isEmpty() && reportedKeys.add(x.messageKey() + "@" + l + missing)) {
          add("messages", x.checkId() + " emitted a finding on " + f.label() + " whose " + l.toLanguageTag() + " message "
              + x.messageKey() + " uses " + braces(missing) + ", but the finding has no such argument (it has " + x.arguments().keySet() + ")");
        }
      }
    }

    private void threadItems(Inspector inspector, Map<Fixture, InstitutionReport> reference) {
      if (reference.isEmpty()) {
        return;
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "pack-contract");
        t.setDaemon(true);
        return t;
      });
      Map<String, Differences> differing = new ConcurrentHashMap<>();
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> tasks = new ArrayList<>();
      try {
        for (int t = 0; t < threads * runsPerThread; t++) {
          tasks.add(pool.submit(() -> {
            start.await();
            for (Map.Entry<Fixture, InstitutionReport> e : reference.entrySet()) {
              InstitutionReport r = inspector.inspect(e.getKey().institution());
              for (String id : differingChecks(e.getValue(), r)) {
                differing.computeIfAbsent(id, k -> new Differences())
                    .add(e.getKey().label(), () -> difference(e.getValue(), r, id, "one thread", "several threads"));
              }
            }
            return null;
          }));
        }
        start.countDown();
        for (Future<?> task : tasks) {
          task.get(5, TimeUnit.MINUTES);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        add("threads", "interrupted while inspecting from several threads");
      } catch (ExecutionException e) {
        add("threads", "inspecting from several threads failed: " + e.getCause());
      } catch (TimeoutException e) {
        add("threads", "inspecting from " + threads + " threads did not finish within 5 minutes (a deadlock?)");
      } finally {
        pool.shutdownNow();
      }
      new TreeMap<>(differing).forEach((id, d) -> {
        if (!unstable.containsKey(id)) {
          add("threads", id + " gave other results from " + threads + " threads × " + runsPerThread + " runs than from one thread, in "
              + d.count() + " of " + threads * runsPerThread * reference.size() + " inspections, on " + d.where() + ":" + d.example
              + "\n(it shares mutable state between threads; checks must be stateless)");
        }
      });
    }

    private void registrationItem() {
      try {
        Inspector all = Inspector.builder().build();
        String cls = pack.getClass().getName();
        if (all.packInfos().stream().map(PackInfo::implementation).noneMatch(cls::equals)) {
          add("registration", "ServiceLoader does not find " + cls + ": list it in META-INF/services/org.ducha.check.CheckPack and, in a named module, "
              + "declare `provides org.ducha.check.CheckPack with " + cls + ";` (found: "
              + all.packInfos().stream().map(PackInfo::implementation).toList() + ")");
        }
      } catch (ConfigurationException e) {
        add("registration", "discovering the packs on the class path fails: " + e.getMessage());
      }
    }
  }

  /** Where and how often a check's results differed, with the first difference seen. */
  private static final class Differences {
    private final Set<String> fixtures = Collections.synchronizedSet(new LinkedHashSet<>());
    private final AtomicInteger count = new AtomicInteger();
    private volatile String example;

    void add(String fixture, java.util.function.Supplier<String> difference) {
      count.incrementAndGet();
      fixtures.add(fixture);
      if (example == null) {
        synchronized (this) {
          if (example == null) {
            example = difference.get();
          }
        }
      }
    }

    int count() {
      return count.get();
    }

    String where() {
      List<String> list;
      synchronized (fixtures) {
        list = new ArrayList<>(new TreeSet<>(fixtures));
      }
      return list.get(0) + (list.size() > 1 ? " and " + (list.size() - 1) + " other fixture(s)" : "");
    }
  }

  /** Ids of the checks whose findings or outcome differ between two reports of the same records, sorted. */
  private static Set<String> differingChecks(InstitutionReport a, InstitutionReport b) {
    Set<String> ids = new TreeSet<>();
    if (a.equals(b)) {
      return ids;
    }
    Map<String, List<Finding>> fa = new TreeMap<>();
    Map<String, List<Finding>> fb = new TreeMap<>();
    a.findings().forEach(f -> fa.computeIfAbsent(f.checkId(), k -> new ArrayList<>()).add(f));
    b.findings().forEach(f -> fb.computeIfAbsent(f.checkId(), k -> new ArrayList<>()).add(f));
    Set<String> all = new TreeSet<>(fa.keySet());
    all.addAll(fb.keySet());
    a.outcomes().forEach(o -> all.add(o.checkId()));
    b.outcomes().forEach(o -> all.add(o.checkId()));
    for (String id : all) {
      if (!fa.getOrDefault(id, List.of()).equals(fb.getOrDefault(id, List.of())) || !a.outcome(id).equals(b.outcome(id))) {
        ids.add(id);
      }
    }
    if (ids.isEmpty()) {
      ids.add("(the order of the findings)");
    }
    return ids;
  }

  /** Where in the check the exception was thrown: the first frame of the pack's own classes, if any. */
  private static String where(Throwable t) {
    for (StackTraceElement e : t.getStackTrace()) {
      String c = e.getClassName();
      if (!c.startsWith("org.ducha.engine.") && !c.startsWith("org.ducha.internal.") && !c.startsWith("java.")
          && !c.startsWith("jdk.") && !c.startsWith("com.google.")) {
        return " (at " + e + ")";
      }
    }
    return "";
  }

  /** How the results of check {@code id} differ between two reports of the same records, briefly. */
  static String difference(InstitutionReport a, InstitutionReport b, String id, String aName, String bName) {
    List<String> as = a.findings().stream().filter(f -> f.checkId().equals(id)).map(f -> ReportText.finding(f, Optional.empty())).toList();
    List<String> bs = b.findings().stream().filter(f -> f.checkId().equals(id)).map(f -> ReportText.finding(f, Optional.empty())).toList();
    List<String> lines = new ArrayList<>();
    List<String> onlyA = new ArrayList<>(as);
    bs.forEach(onlyA::remove);
    List<String> onlyB = new ArrayList<>(bs);
    as.forEach(onlyB::remove);
    onlyA.stream().limit(3).forEach(s -> lines.add("only on the " + aName + ": " + s));
    onlyB.stream().limit(3).forEach(s -> lines.add("only on the " + bName + ": " + s));
    if (onlyA.isEmpty() && onlyB.isEmpty() && !as.equals(bs)) {
      lines.add("the same findings in another order");
    }
    Optional<CheckOutcome> oa = a.outcome(id);
    Optional<CheckOutcome> ob = b.outcome(id);
    if (!oa.equals(ob)) {
      lines.add("outcome " + oa.map(PackContract::outcome).orElse("none") + " on the " + aName + ", "
          + ob.map(PackContract::outcome).orElse("none") + " on the " + bName);
    }
    if (lines.isEmpty()) {
      lines.add("the findings come out in another order");
    }
    return "\n" + String.join("\n", lines);
  }

  private static String outcome(CheckOutcome o) {
    return o.status() + (o.status() == OutcomeStatus.FAIL ? " (" + o.findings() + ")" : "") + o.detail().map(d -> " " + d).orElse("");
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static String braces(Set<String> names) {
    return names.isEmpty() ? "no placeholders" : String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
  }

  /** The pack without the checks the Inspector would refuse, so that the other items can still be checked. */
  private static final class PackView implements CheckPack {
    private final CheckPack pack;
    private final List<Check> checks;

    PackView(CheckPack pack, List<Check> checks) {
      this.pack = pack;
      this.checks = Collections.unmodifiableList(new ArrayList<>(checks));
    }

    @Override
    public String id() {
      return pack.id();
    }

    @Override
    public String version() {
      String v = pack.version();
      return v == null || v.isBlank() ? "0" : v;
    }

    @Override
    public List<Check> checks() {
      return checks;
    }

    @Override
    public String messageBundle() {
      return pack.messageBundle();
    }
  }

  /**
   * The items of the inspection-scope checks ({@link CheckPack#inspectionChecks()}): ids, descriptors and codecs,
   * messages, a firing set of institutions per check, silence on clean institutions inspected together, and the same
   * findings whatever the order in which the institutions pass.
   */
  private final class ScopeItems {
    private final Run run;

    ScopeItems(Run run) {
      this.run = run;
    }

    void check(Inspector inspector) {
      List<InspectionCheck<?, ?>> list;
      try {
        list = List.copyOf(pack.inspectionChecks());
      } catch (RuntimeException | LinkageError e) {
        run.add("pack", "inspectionChecks() throws: " + e);
        return;
      }
      String packId = safe(pack::id).orElse("?");
      Set<String> checkIds = new TreeSet<>();
      inspector.catalogue().forEach(d -> checkIds.add(d.id()));
      Set<String> ids = new TreeSet<>();
      for (InspectionCheck<?, ?> c : list) {
        String cls = c.getClass().getName();
        CheckDescriptor d = safe(c::descriptor).orElse(null);
        if (d == null) {
          run.add("descriptors", cls + ".descriptor() returns null or throws");
          continue;
        }
        if (safe(c::descriptor).orElse(null) != d) {
          run.add("descriptors", d.id() + ": descriptor() returns a new object on each call; build it once (a static constant)");
        }
        if (safe(c::codec).isEmpty()) {
          run.add("descriptors", d.id() + ": codec() returns null or throws; the engine stores facts through it");
        }
        if (!d.id().startsWith(packId + ".")) {
          run.add("ids", "check id '" + d.id() + "' of " + cls + " does not start with the pack id '" + packId + ".'");
        }
        if (!ids.add(d.id())) {
          run.add("ids", "inspection-scope check id '" + d.id() + "' is declared twice");
        }
        if (d.regulations().isEmpty()) {
          run.add("descriptors", d.id() + " names no regulation reference");
        }
        run.requireKey(d, d.messageKey(), "its finding message");
        run.requireKey(d, d.titleKey(), "its title");
        for (Parameter<?> p : d.parameters()) {
          run.requireKey(d, p.descriptionKey(), "the description of parameter " + p.name());
        }
      }
      ids.retainAll(checkIds);
      for (String id : ids) {
        if (!firingTogether.containsKey(id)) {
          run.add("firing", id + " has no firing fixture: add .firingTogether(\"" + id + "\", institutions…) with institutions on "
              + "which, inspected together, it finds a problem");
        }
      }
      firingTogether.forEach((id, sets) -> {
        if (!ids.contains(id)) {
          run.add("firing", ".firingTogether(\"" + id + "\", …) names no inspection-scope check of the pack; they are " + ids);
          return;
        }
        for (int i = 0; i < sets.size(); i++) {
          String label = "firing set " + (i + 1) + " of " + id;
          InspectionReport report = together(inspector, sets.get(i), label, ids);
          if (report != null && report.findings().noneMatch(f -> f.checkId().equals(id))) {
            run.add("firing", id + " did not fire on " + label + " inspected together");
          }
        }
      });
      // Each clean fixture alone was inspected above, inspection-scope checks included (variants of one fixture share
      // their people, so they are not inspected together unless given as a clean set).
      List<List<Institution>> cleanSets = cleanTogether;
      for (int i = 0; i < cleanSets.size(); i++) {
        String label = "clean set " + (i + 1);
        InspectionReport report = together(inspector, cleanSets.get(i), label, ids);
        if (report == null) {
          continue;
        }
        report.findings().filter(f -> ids.contains(f.checkId())).findFirst().ifPresent(f -> run.add("clean",
            f.checkId() + " fired on " + label + " inspected together, which must give no findings: " + ReportText.finding(f, Optional.empty())));
      }
    }

    /** Inspects {@code set} in one run, in order and reversed; reports invalid fixtures, errors and order dependence. */
    private InspectionReport together(Inspector inspector, List<Institution> set, String label, Set<String> ids) {
      InspectionReport forward = inspector.inspect(Optional.empty(), set.stream());
      boolean valid = true;
      for (InstitutionReport r : forward.institutions()) {
        if (r.status() != InspectionStatus.INSPECTED) {
          run.add("fixtures", r.institutionId() + " of " + label + " is not valid; its records have " + r.problems().size() + " problem(s):\n"
              + String.join("\n", r.problems().stream().limit(5).map(InputProblem::toString).toList()));
          valid = false;
        }
        for (CheckOutcome o : r.outcomes()) {
          if (o.status() == OutcomeStatus.ERROR && ids.contains(o.checkId())) {
            run.add("errors", o.checkId() + " threw on " + label + " (" + r.institutionId() + "): " + o.detail().orElse("")
                + o.error().map(PackContract::where).orElse(""));
          }
        }
      }
      if (!valid) {
        return null;
      }
      forward.institutions().forEach(r -> r.findings().stream().filter(f -> ids.contains(f.checkId()))
          .forEach(f -> run.findingMessageItems(f, label, set.get(0))));
      List<Institution> reversed = new ArrayList<>(set);
      Collections.reverse(reversed);
      InspectionReport backward = inspector.inspect(Optional.empty(), reversed.stream());
      Map<String, InstitutionReport> back = new LinkedHashMap<>();
      backward.institutions().forEach(r -> back.put(r.institutionId(), r));
      for (InstitutionReport r : forward.institutions()) {
        InstitutionReport b = back.get(r.institutionId());
        if (b != null) {
          for (String id : differingChecks(r, b)) {
            if (ids.contains(id)) {
              run.add("determinism", id + " gave other findings for " + r.institutionId() + " when " + label
                  + " was inspected in the reverse order:\n" + difference(r, b, id, "forward run", "reverse run"));
            }
          }
        }
      }
      return forward;
    }
  }
}
