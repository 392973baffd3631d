package org.ducha.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ducha.check.Check;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.check.InspectionCheck;
import org.ducha.check.InstitutionIndex;
import org.ducha.check.Parameter;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.internal.Names;
import org.ducha.internal.ReadAhead;
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
  public static final List<String> RESERVED_PACK_IDS = List.of("archive", "facilities", "governance", "staffing");

  private static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]*");

  private record Resolved(Check check, CheckDescriptor descriptor, Map<String, Object> parameters, Severity severity) {}

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
  private final List<ScopeCheck> scopeChecks;

  private Inspector(List<CheckPack> packs, List<PackInfo> packInfos, List<Resolved> checks, Profile profile, Locale locale,
      int parallelism, boolean validateRecords, MessageCatalog messages, List<ScopeCheck> scopeChecks) {
    this.packs = packs;
    this.packInfos = packInfos;
    this.checks = checks;
    this.scopeChecks = scopeChecks;
    this.reportOrder = Stream.concat(checks.stream().map(Resolved::descriptor), scopeChecks.stream().map(ScopeCheck::descriptor))
        .sorted(Comparator.comparing(CheckDescriptor::group).thenComparing(CheckDescriptor::id))
        .map(CheckDescriptor::id).toList();
    this.profile = profile;
    this.locale = locale;
    this.parallelism = parallelism;
    this.validateRecords = validateRecords;
    this.messages = messages;
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
   * Inspects one institution with every enabled check: the per-institution checks, and the inspection-scope checks
   * over this institution alone (they find what its own records show, such as two trainee records of one person at
   * once). Invalid records give a NOT_INSPECTED report listing every problem. Never throws because of a check.
   */
  public InstitutionReport inspect(Institution institution) {
    if (scopeChecks.isEmpty()) {
      return inspectChecks(institution);
    }
    InspectionRun run = newRun();
    InstitutionReport report = run.inspect(institution);
    return run.report(Optional.empty(), List.of(report)).institutions().get(0);
  }

  /** The profile in use. */
  public Profile profile() {
    return profile;
  }

  /** The locale reports are rendered in unless a writer is told otherwise. */
  public Locale locale() {
    return locale;
  }

  /** The message texts of every pack in use, with the host's overrides. */
  public MessageCatalog messages() {
    return messages;
  }

  /**
   * Inspects one institution. Invalid records give a NOT_INSPECTED report listing every problem; otherwise
   * every enabled check runs and gives an outcome. Never throws because of a check. With
   * {@link Builder#validateRecords(boolean) validateRecords(false)} the records are taken as valid.
   */
  InstitutionReport inspectChecks(Institution institution) {
    checkNotNull(institution, "institution");
    List<InputProblem> problems = validateRecords ? RecordValidator.get().validate(institution) : List.of();
    if (!problems.isEmpty()) {
      return InstitutionReport.notInspected(
          Optional.ofNullable(institution.id()).orElse("?"), Optional.ofNullable(institution.name()).orElse("?"),
          institution.operatesExamSite(), Optional.ofNullable(institution.inspectedOn()), problems);
    }
    InstitutionIndex index = new InstitutionIndex(institution);
    List<CheckOutcome> outcomes = new ArrayList<>();
    Map<String, List<Finding>> byCheck = new HashMap<>();
    for (Resolved r : checks) {
      CheckDescriptor d = r.descriptor();
      if (!profile.enabled(d.id())) {
        continue;
      }
      Optional<String> skip = whyNotApplicable(d, institution);
      if (skip.isPresent()) {
        outcomes.add(CheckOutcome.notApplicable(d.id(), skip.get()));
        continue;
      }
      List<Finding> found = new ArrayList<>();
      try {
        r.check().inspect(institution, new RunContext(d, institution.id(), institution.inspectedOn(), r.parameters(), r.severity(), index, found));
        outcomes.add(CheckOutcome.ran(d.id(), found.size()));
        byCheck.put(d.id(), found);
      } catch (RuntimeException | LinkageError | AssertionError e) {
        outcomes.add(CheckOutcome.error(d.id(), e));
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
   * Inspects institutions as they come, lazily and in order, holding at most a few institutions at a time
   * (two per thread when parallel): memory grows with the largest institution, not with their number.
   */
  public Stream<InstitutionReport> inspectEach(Stream<Institution> institutions) {
    if (parallelism <= 1) {
      return institutions.sequential().map(this::inspect);
    }
    return ReadAhead.map(institutions.sequential(), this::inspect, parallelism, "ducha-inspector");
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

  /** How many institutions to inspect at once. */
  int parallelism() {
    return parallelism;
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
    private java.util.Set<String> onlyPacks;
    private Profile profile = Profile.defaults();
    private Locale locale = MessageCatalog.ZH_CN;
    private int parallelism = 1;
    private boolean validateRecords = true;
    private final Map<Locale, Map<String, String>> overrides = new HashMap<>();

    private Builder() {}

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
      this.onlyPacks = new java.util.TreeSet<>(List.of(packIds));
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

    /** Overrides the text of message {@code key} in {@code locale}, above every pack's bundle. */
    public Builder messageOverride(Locale l, String key, String text) {
      overrides.computeIfAbsent(MessageCatalog.resolve(l), k -> new HashMap<>()).put(key, text);
      return this;
    }

    /** The inspector; fails with {@link ConfigurationException} on any problem with packs or profile. */
    public Inspector build() {
      List<CheckPack> packs = new ArrayList<>();
      if (discover) {
        ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        try {
          for (CheckPack p : ServiceLoader.load(CheckPack.class, loader)) {
            packs.add(p);
          }
        } catch (ServiceConfigurationError e) {
          throw new ConfigurationException("a check pack could not be loaded: " + e.getMessage(), e);
        }
      }
      for (CheckPack p : added) {
        if (packs.stream().noneMatch(q -> q.getClass().equals(p.getClass()))) {
          packs.add(p);
        }
      }
      packs.sort(Comparator.comparing(CheckPack::id, Comparator.nullsFirst(Comparator.naturalOrder())));
      if (onlyPacks != null) {
        List<String> known = packs.stream().map(CheckPack::id).toList();
        for (String wanted : onlyPacks) {
          if (!known.contains(wanted)) {
            throw new ConfigurationException("no pack with id '" + wanted + "'" + suggest(wanted, known));
          }
        }
        packs.removeIf(p -> !onlyPacks.contains(p.id()));
      }

      Map<String, CheckPack> packById = new HashMap<>();
      Map<String, Check> checkById = new TreeMap<>();
      Map<String, InspectionCheck<?, ?>> scopeById = new TreeMap<>();
      List<PackInfo> infos = new ArrayList<>();
      for (CheckPack pack : packs) {
        String cls = pack.getClass().getName();
        String id = pack.id();
        if (id == null || !PACK_ID.matcher(id).matches()) {
          throw new ConfigurationException("pack " + cls + " has a malformed id '" + id + "': lower-case letters, digits and '-'");
        }
        CheckPack clash = packById.putIfAbsent(id, pack);
        if (clash != null) {
          throw new ConfigurationException("pack id '" + id + "' is used by both " + clash.getClass().getName() + " and " + cls);
        }
        if (RESERVED_PACK_IDS.contains(id) && !cls.startsWith("org.ducha.checks.")) {
          throw new ConfigurationException("pack id '" + id + "' of " + cls + " is reserved for Ducha's own packs; choose another");
        }
        if (pack.version() == null || pack.version().isBlank()) {
          throw new ConfigurationException("pack " + cls + " has no version");
        }
        List<Check> list;
        try {
          list = List.copyOf(pack.checks());
        } catch (RuntimeException | LinkageError e) {
          // A check class whose static descriptor is invalid fails to initialise when the pack creates it
          // (ExceptionInInitializerError, then NoClassDefFoundError on every later attempt).
          String culprit = failingCheckClass(e, pack.getClass().getClassLoader()).map(c -> " (check " + c + ")").orElse("");
          throw new ConfigurationException("pack " + cls + " could not list its checks" + culprit + ": " + causes(e), e);
        }
        List<String> ids = new ArrayList<>();
        for (Check check : list) {
          CheckDescriptor d;
          try {
            d = check.descriptor();
          } catch (RuntimeException e) {
            throw new ConfigurationException("check " + check.getClass().getName() + " of pack " + cls + " has an invalid descriptor: " + e.getMessage(), e);
          }
          if (d == null) {
            throw new ConfigurationException("check " + check.getClass().getName() + " of pack " + cls + " has no descriptor");
          }
          if (!d.packPrefix().equals(id)) {
            throw new ConfigurationException("check id '" + d.id() + "' of " + check.getClass().getName() + " must start with its pack's id '" + id + ".' (pack " + cls + ")");
          }
          Check other = checkById.putIfAbsent(d.id(), check);
          if (other != null) {
            throw new ConfigurationException("check id '" + d.id() + "' is declared by both " + other.getClass().getName() + " and " + check.getClass().getName());
          }
          ids.add(d.id());
        }
        ids.addAll(scopeCheckIds(pack, checkById, scopeById));
        Collections.sort(ids);
        infos.add(new PackInfo(id, pack.version(), cls, ids));
      }

      List<String> errors = new ArrayList<>();
      List<Resolved> resolved = new ArrayList<>();
      for (Check check : checkById.values()) {
        CheckDescriptor d = check.descriptor();
        Map<String, Object> values = new LinkedHashMap<>();
        profile.parameters().getOrDefault(d.id(), Map.of()).forEach((name, raw) -> {
          Optional<Parameter<?>> p = d.parameter(name);
          if (p.isEmpty()) {
            errors.add("profile " + profile.name() + ": check " + d.id() + " has no parameter '" + name + "'"
                + suggest(name, d.parameters().stream().map(Parameter::name).toList()));
            return;
          }
          try {
            values.put(name, p.get().coerce(raw));
          } catch (IllegalArgumentException e) {
            errors.add("profile " + profile.name() + ": check " + d.id() + ": " + e.getMessage());
          }
        });
        resolved.add(new Resolved(check, d, Map.copyOf(values), profile.severities().getOrDefault(d.id(), d.defaultSeverity())));
      }
      List<ScopeCheck> scope = resolveScopeChecks(scopeById, profile, errors);
      List<String> referenced = new ArrayList<>(profile.disabledChecks());
      referenced.addAll(profile.parameters().keySet());
      referenced.addAll(profile.severities().keySet());
      for (String id : referenced.stream().distinct().sorted().toList()) {
        if (!checkById.containsKey(id) && !scopeById.containsKey(id)) {
          errors.add("profile " + profile.name() + ": no check with id '" + id + "'" + suggest(id, allIds(checkById, scopeById)));
        }
      }
      if (!errors.isEmpty()) {
        throw new ConfigurationException(String.join("\n", errors));
      }
      MessageCatalog catalog = MessageCatalog.of(packs, overrides);
      return new Inspector(List.copyOf(packs), List.copyOf(infos), List.copyOf(resolved), profile, locale, parallelism,
          validateRecords, catalog, scope);
    }

    /** The ids of {@code pack}'s inspection-scope checks, validated as those of its checks are; records them in {@code scopeById}. */
    private static List<String> scopeCheckIds(CheckPack pack, Map<String, Check> checkById, Map<String, InspectionCheck<?, ?>> scopeById) {
      String cls = pack.getClass().getName();
      List<InspectionCheck<?, ?>> list;
      try {
        list = List.copyOf(pack.inspectionChecks());
      } catch (RuntimeException | LinkageError e) {
        throw new ConfigurationException("pack " + cls + " could not list its inspection-scope checks: " + causes(e), e);
      }
      List<String> ids = new ArrayList<>();
      for (InspectionCheck<?, ?> check : list) {
        String name = check.getClass().getName();
        CheckDescriptor d;
        try {
          d = check.descriptor();
        } catch (RuntimeException e) {
          throw new ConfigurationException("check " + name + " of pack " + cls + " has an invalid descriptor: " + e.getMessage(), e);
        }
        if (d == null || check.codec() == null) {
          throw new ConfigurationException("check " + name + " of pack " + cls + " has no " + (d == null ? "descriptor" : "codec"));
        }
        if (!d.packPrefix().equals(pack.id())) {
          throw new ConfigurationException("check id '" + d.id() + "' of " + name + " must start with its pack's id '" + pack.id() + ".' (pack " + cls + ")");
        }
        Object other = checkById.containsKey(d.id()) ? checkById.get(d.id()) : scopeById.putIfAbsent(d.id(), check);
        if (other != null) {
          throw new ConfigurationException("check id '" + d.id() + "' is declared by both " + other.getClass().getName() + " and " + name);
        }
        ids.add(d.id());
      }
      return ids;
    }

    /** The inspection-scope checks with the profile's parameters and severities; adds the profile's mistakes to {@code errors}. */
    private static List<ScopeCheck> resolveScopeChecks(Map<String, InspectionCheck<?, ?>> scopeById, Profile profile, List<String> errors) {
      List<ScopeCheck> out = new ArrayList<>();
      for (InspectionCheck<?, ?> check : scopeById.values()) {
        CheckDescriptor d = check.descriptor();
        Map<String, Object> values = new LinkedHashMap<>();
        profile.parameters().getOrDefault(d.id(), Map.of()).forEach((name, raw) -> {
          Optional<Parameter<?>> p = d.parameter(name);
          if (p.isEmpty()) {
            errors.add("profile " + profile.name() + ": check " + d.id() + " has no parameter '" + name + "'"
                + suggest(name, d.parameters().stream().map(Parameter::name).toList()));
            return;
          }
          try {
            values.put(name, p.get().coerce(raw));
          } catch (IllegalArgumentException e) {
            errors.add("profile " + profile.name() + ": check " + d.id() + ": " + e.getMessage());
          }
        });
        out.add(new ScopeCheck(check, d, Map.copyOf(values), profile.severities().getOrDefault(d.id(), d.defaultSeverity())));
      }
      return List.copyOf(out);
    }

    private static java.util.Set<String> allIds(Map<String, Check> checkById, Map<String, InspectionCheck<?, ?>> scopeById) {
      java.util.Set<String> all = new java.util.TreeSet<>(checkById.keySet());
      all.addAll(scopeById.keySet());
      return all;
    }

    /** The check class whose construction or static initialisation threw {@code e}, read from the stacks of its causes. */
    private static Optional<String> failingCheckClass(Throwable e, ClassLoader loader) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        for (StackTraceElement frame : t.getStackTrace()) {
          if (frame.getMethodName().equals("<init>") || frame.getMethodName().equals("<clinit>")) {
            try {
              Class<?> c = Class.forName(frame.getClassName(), false, loader);
              if (Check.class.isAssignableFrom(c)) {
                return Optional.of(c.getName());
              }
            } catch (ClassNotFoundException | LinkageError ignored) {
              // not a class the pack's loader knows: keep looking
            }
          }
        }
      }
      return Optional.empty();
    }

    /** {@code e} and its causes, each as class and message. */
    private static String causes(Throwable e) {
      List<String> parts = new ArrayList<>();
      for (Throwable t = e; t != null && parts.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
        parts.add(t.toString());
      }
      return String.join("; caused by ", parts);
    }

    private static String suggest(String wanted, java.util.Collection<String> known) {
      if (known.isEmpty()) {
        return " (it has none)";
      }
      return "; did you mean " + String.join(", ", Names.closest(wanted, known)) + "?";
    }
  }
}
