package org.ducha.engine;

import static com.google.common.base.Preconditions.checkNotNull;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ducha.check.Check;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.check.InspectionCheck;
import org.ducha.check.Parameter;
import org.ducha.check.RegulationRef;
import org.ducha.finding.Severity;

/**
 * The checks of a set of packs, loaded and held to every rule about packs, ids, descriptors and messages: the one
 * place those rules are written. The {@link Inspector} builds on it, as do the test kit's pack contract and check
 * tester and the {@code ducha checks} command.
 *
 * <pre>{@code
 * Catalogue catalogue = Catalogue.loader().load();   // packs found through ServiceLoader
 * catalogue.problems().forEach(System.out::println);   // every problem at once, none thrown
 * List<CheckDescriptor> checks = catalogue.orThrow().descriptors();
 * }</pre>
 *
 * <p>Loading never throws: it collects every {@link Problem}, each tagged with what it concerns ({@code pack},
 * {@code ids}, {@code descriptors}, {@code messages}). A problem {@link Problem#refuses() refuses} the catalogue when
 * an Inspector cannot be built on it — a provider that cannot be loaded, a malformed, reserved or clashing pack id,
 * a pack without a version, a check that cannot be listed or described, a malformed, misplaced or clashing check
 * id, an unknown pack named in {@link Loader#onlyPacks}. The other problems — a pack that ServiceLoader could not
 * create or that lists new check instances on each call, a descriptor built anew on each call, a regulation
 * reference without a title, a message missing in a locale or with other placeholders — are for the pack's author
 * (the pack contract fails on them); an Inspector runs despite them. The checks behind a refusing problem are left
 * out of {@link #checks()}, so the rest can still be examined.
 *
 * <p>Packs are sorted by id, checks by id: the order never depends on the class path. Call only; not for extension.
 */
public final class Catalogue {

  /** Pack ids reserved for the first-party packs, whose classes live under {@code org.ducha.checks.}. */
  public static final List<String> RESERVED_PACK_IDS = List.of("archive", "facilities", "governance", "staffing");

  /** Well-formed pack ids: lower-case letters, digits and '-', starting with a letter. */
  public static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]*");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  /**
   * One thing wrong with the packs of a catalogue.
   *
   * @param area what it concerns: {@code pack}, {@code ids}, {@code descriptors} or {@code messages}
   * @param text what is wrong, naming the values and classes concerned
   * @param refuses whether an Inspector refuses the catalogue because of it
   */
  public record Problem(String area, String text, boolean refuses) {
    public Problem {
      checkNotNull(area, "area");
      checkNotNull(text, "text");
    }

    /** {@code [area] text}. */
    @Override
    public String toString() {
      return "[" + area + "] " + text;
    }
  }

  /** A check with what a profile makes of it: its parameter values and severity. */
  record Resolved(Check check, CheckDescriptor descriptor, Map<String, Object> parameters, Severity severity) {}

  private final List<CheckPack> packs;
  private final List<PackInfo> packInfos;
  private final Map<String, Check> checks;
  private final Map<String, CheckDescriptor> descriptors;
  private final Map<String, InspectionCheck<?, ?>> inspectionChecks;
  private final List<Problem> problems;

  /** What a profile makes of the catalogue: the checks of both kinds with their parameter values and severities. */
  record Resolution(List<Resolved> checks, List<Inspector.ScopeCheck> inspectionChecks) {}

  private Catalogue(List<CheckPack> packs, List<PackInfo> packInfos, Map<String, Check> checks,
      Map<String, CheckDescriptor> descriptors, Map<String, InspectionCheck<?, ?>> inspectionChecks, List<Problem> problems) {
    this.inspectionChecks = Collections.unmodifiableMap(new LinkedHashMap<>(inspectionChecks));
    this.packs = List.copyOf(packs);
    this.packInfos = List.copyOf(packInfos);
    this.checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    this.descriptors = Collections.unmodifiableMap(new LinkedHashMap<>(descriptors));
    this.problems = List.copyOf(problems);
  }

  /** A loader: discovery through ServiceLoader on, the thread's context class loader, no packs added. */
  public static Loader loader() {
    return new Loader();
  }

  /** The packs loaded, by id (a pack whose id is refused is left out). */
  public List<CheckPack> packs() {
    return packs;
  }

  /** The packs loaded, as reports record them, each with the ids of its checks in {@link #checks()}. */
  public List<PackInfo> packInfos() {
    return packInfos;
  }

  /** The checks that can run, by id: those of the packs loaded, less the ones a refusing problem names. */
  public Map<String, Check> checks() {
    return checks;
  }

  /**
   * The inspection-scope checks that can run ({@link CheckPack#inspectionChecks()}), by id; their ids share the namespace
   * of {@link #checks()}, and their descriptors are among {@link #descriptors()}.
   */
  public Map<String, InspectionCheck<?, ?>> inspectionChecks() {
    return inspectionChecks;
  }

  /** The descriptors of {@link #checks()} and {@link #inspectionChecks()}, by id. */
  public List<CheckDescriptor> descriptors() {
    return List.copyOf(descriptors.values());
  }

  /** The descriptor of check {@code id}, if it is in the catalogue. */
  public Optional<CheckDescriptor> descriptor(String id) {
    return Optional.ofNullable(descriptors.get(id));
  }

  /** Every problem found while loading, in the order found; empty when the packs keep every rule. */
  public List<Problem> problems() {
    return problems;
  }

  /** The problems that make an Inspector refuse this catalogue. */
  public List<Problem> refusals() {
    return problems.stream().filter(Problem::refuses).toList();
  }

  /** This catalogue, if nothing {@link #refusals() refuses} it; else a {@link ConfigurationException} listing every refusal. */
  public Catalogue orThrow() {
    List<Problem> refusals = refusals();
    if (!refusals.isEmpty()) {
      throw new ConfigurationException(String.join("\n", refusals.stream().map(Problem::text).toList()));
    }
    return this;
  }

  /**
   * The checks with {@code profile}'s parameter values and severities; fails with a {@link ConfigurationException}
   * listing every problem at once: unknown check ids (disabled, parametrised or re-graded), unknown parameters and bad
   * values, each with the closest known names.
   */
  Resolution resolve(Profile profile) {
    List<String> errors = new ArrayList<>();
    List<Resolved> resolved = new ArrayList<>();
    for (Map.Entry<String, Check> e : checks.entrySet()) {
      CheckDescriptor d = descriptors.get(e.getKey());
      resolved.add(new Resolved(e.getValue(), d, parameters(d, profile, errors), profile.severities().getOrDefault(d.id(), d.defaultSeverity())));
    }
    List<Inspector.ScopeCheck> scope = new ArrayList<>();
    for (Map.Entry<String, InspectionCheck<?, ?>> e : inspectionChecks.entrySet()) {
      CheckDescriptor d = descriptors.get(e.getKey());
      scope.add(new Inspector.ScopeCheck(e.getValue(), d, parameters(d, profile, errors),
          profile.severities().getOrDefault(d.id(), d.defaultSeverity())));
    }
    List<String> referenced = new ArrayList<>(profile.disabledChecks());
    referenced.addAll(profile.parameters().keySet());
    referenced.addAll(profile.severities().keySet());
    for (String id : referenced.stream().distinct().sorted().toList()) {
      if (!descriptors.containsKey(id)) {
        errors.add("profile " + profile.name() + ": no check with id '" + id + "'" + suggest(id, descriptors.keySet()));
      }
    }
    if (!errors.isEmpty()) {
      throw new ConfigurationException(String.join("\n", errors));
    }
    return new Resolution(List.copyOf(resolved), List.copyOf(scope));
  }

  /** The profile's values of {@code d}'s parameters, coerced; adds unknown names and bad values to {@code errors}. */
  private static Map<String, Object> parameters(CheckDescriptor d, Profile profile, List<String> errors) {
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
      } catch (IllegalArgumentException ex) {
        errors.add("profile " + profile.name() + ": check " + d.id() + ": " + ex.getMessage());
      }
    });
    return Map.copyOf(values);
  }

  /** {@code "; did you mean a, b?"}, or {@code " (it has none)"} when nothing is known. */
  static String suggest(String wanted, Collection<String> known) {
    if (known.isEmpty()) {
      return " (it has none)";
    }
    return "; did you mean " + String.join(", ", Suggestions.closest(wanted, known)) + "?";
  }

  /** Finds packs and loads them into a {@link Catalogue}. Not thread-safe while being configured. */
  public static final class Loader {
    private boolean discover = true;
    private ClassLoader classLoader;
    private final List<CheckPack> added = new ArrayList<>();
    private Set<String> onlyPacks;

    private Loader() {}

    /** Whether to discover packs through {@link ServiceLoader} (default true). */
    public Loader discoverPacks(boolean on) {
      this.discover = on;
      return this;
    }

    /** The class loader to discover packs with (default: the thread's context class loader). */
    public Loader classLoader(ClassLoader loader) {
      this.classLoader = loader;
      return this;
    }

    /** Adds packs by hand, beside or instead of discovered ones; a pack of a class also discovered is loaded once. */
    public Loader addPacks(CheckPack... packs) {
      for (CheckPack p : packs) {
        added.add(checkNotNull(p, "pack"));
      }
      return this;
    }

    /** Adds packs by hand, beside or instead of discovered ones. */
    public Loader addPacks(Collection<? extends CheckPack> packs) {
      packs.forEach(this::addPacks);
      return this;
    }

    /** Keeps only the packs with these ids, of those discovered and added; an id no pack has is a refusing problem. */
    public Loader onlyPacks(Collection<String> packIds) {
      this.onlyPacks = packIds == null ? null : new TreeSet<>(packIds);
      return this;
    }

    /** Loads the packs and checks them against every rule; never throws: see {@link Catalogue#problems()}. */
    public Catalogue load() {
      return new Load().run();
    }

    /** One load: collects packs, checks and problems as it goes. */
    private final class Load {
      private final List<Problem> problems = new ArrayList<>();
      private final Set<String> reported = new TreeSet<>();

      private void refuse(String area, String text) {
        problems.add(new Problem(area, text, true));
      }

      private void advise(String area, String text) {
        problems.add(new Problem(area, text, false));
      }

      Catalogue run() {
        List<CheckPack> found = new ArrayList<>();
        if (discover) {
          ClassLoader loader = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
          try {
            for (CheckPack p : ServiceLoader.load(CheckPack.class, loader)) {
              found.add(p);
            }
          } catch (ServiceConfigurationError e) {
            refuse("pack", "a check pack could not be loaded: " + e.getMessage());
          }
        }
        for (CheckPack p : added) {
          if (found.stream().noneMatch(q -> q.getClass().equals(p.getClass()))) {
            found.add(p);
            if (!serviceLoaderCanCreate(p.getClass())) {
              advise("pack", p.getClass().getName() + " cannot be created by ServiceLoader: make it a public (static) class with a public"
                  + " no-argument constructor");
            }
          }
        }
        Map<CheckPack, String> ids = new IdentityHashMap<>();
        for (CheckPack p : found) {
          try {
            ids.put(p, p.id());
          } catch (RuntimeException e) {
            refuse("pack", "pack " + p.getClass().getName() + ": id() throws " + e);
            ids.put(p, null);
          }
        }
        found.sort(Comparator.comparing(ids::get, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (onlyPacks != null) {
          List<String> known = found.stream().map(ids::get).filter(java.util.Objects::nonNull).toList();
          for (String wanted : onlyPacks) {
            if (!known.contains(wanted)) {
              refuse("pack", "no pack with id '" + wanted + "'" + suggest(wanted, known));
            }
          }
          found.removeIf(p -> !onlyPacks.contains(ids.get(p)));
        }

        List<CheckPack> packs = new ArrayList<>();
        List<PackInfo> infos = new ArrayList<>();
        Map<String, CheckPack> packById = new HashMap<>();
        Map<String, Check> checkById = new TreeMap<>();
        Map<String, CheckDescriptor> descriptorById = new TreeMap<>();
        Map<String, InspectionCheck<?, ?>> scopeById = new TreeMap<>();
        for (CheckPack pack : found) {
          String cls = pack.getClass().getName();
          String id = ids.get(pack);
          boolean packOk = true;
          if (id == null) {
            refuse("pack", "pack " + cls + " has no id");
            packOk = false;
          } else if (!PACK_ID.matcher(id).matches()) {
            refuse("pack", "pack " + cls + " has a malformed id '" + id + "': use lower-case letters, digits and '-', starting with a letter");
            packOk = false;
          } else {
            CheckPack clash = packById.putIfAbsent(id, pack);
            if (clash != null) {
              refuse("pack", "pack id '" + id + "' is used by both " + clash.getClass().getName() + " and " + cls);
              continue;
            }
            if (RESERVED_PACK_IDS.contains(id) && !cls.startsWith("org.ducha.checks.")) {
              refuse("pack", "the pack id '" + id + "' of " + cls + " is reserved for Ducha's own packs; choose another"
                  + " (e.g. your province or organisation)");
            }
          }
          String version = safe(pack::version).orElse(null);
          if (version == null || version.isBlank()) {
            refuse("pack", "pack " + cls + ": version() is blank: give the pack a version, e.g. 1.0.0");
          }
          String bundle = safe(pack::messageBundle).orElse(null);
          if (bundle == null || bundle.isBlank()) {
            advise("pack", "pack " + cls + ": messageBundle() is blank: name the resource path of the bundles without locale suffix,"
                + " e.g. org/example/shanxi/messages");
          }
          List<String> checkIds = new ArrayList<>();
          Map<Check, CheckDescriptor> described = checksOf(pack, id);
          for (Map.Entry<Check, CheckDescriptor> e : described.entrySet()) {
            Check check = e.getKey();
            CheckDescriptor d = e.getValue();
            String checkCls = check.getClass().getName();
            boolean ok = packOk;
            if (!CheckDescriptor.ID_PATTERN.matcher(d.id()).matches()) {
              refuse("ids", "check id '" + d.id() + "' of " + checkCls + " (pack " + cls + ") is malformed: lower-case dotted <pack>.<subject>.<defect>");
              ok = false;
            } else if (id != null && !d.packPrefix().equals(id)) {
              refuse("ids", "check id '" + d.id() + "' of " + checkCls + " must start with its pack's id '" + id + ".' (pack " + cls + ")");
              ok = false;
            }
            Check other = checkById.putIfAbsent(d.id(), check);
            if (other != null) {
              refuse("ids", "check id '" + d.id() + "' is declared by both " + other.getClass().getName() + " and " + checkCls);
              ok = false;
            }
            if (ok) {
              descriptorById.put(d.id(), d);
              checkIds.add(d.id());
            } else if (other == null) {
              checkById.remove(d.id());
            }
          }
          if (packOk) {
            checkIds.addAll(inspectionChecksOf(pack, id, checkById, scopeById, descriptorById));
          }
          if (packOk) {
            packs.add(pack);
            Collections.sort(checkIds);
            infos.add(new PackInfo(id, version == null ? "" : version, cls, checkIds));
            messageItems(pack, id, described.values());
          }
        }
        checkById.keySet().retainAll(descriptorById.keySet());
        return new Catalogue(packs, infos, checkById, descriptorById, scopeById, problems);
      }

      /**
       * The ids of {@code pack}'s inspection-scope checks, held to the rules of its checks (descriptor, codec, id form and
       * prefix, ids unique across both kinds); records the usable ones in {@code scopeById} and {@code descriptorById}.
       */
      private List<String> inspectionChecksOf(CheckPack pack, String id, Map<String, Check> checkById,
          Map<String, InspectionCheck<?, ?>> scopeById, Map<String, CheckDescriptor> descriptorById) {
        String cls = pack.getClass().getName();
        List<InspectionCheck<?, ?>> list;
        try {
          list = pack.inspectionChecks() == null ? List.of() : List.copyOf(pack.inspectionChecks());
        } catch (RuntimeException | LinkageError e) {
          refuse("pack", "pack " + cls + " could not list its inspection-scope checks: " + causes(e));
          return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (InspectionCheck<?, ?> check : list) {
          String name = check.getClass().getName();
          CheckDescriptor d;
          try {
            d = check.descriptor();
          } catch (RuntimeException | LinkageError e) {
            refuse("descriptors", "check " + name + " of pack " + cls + " has an invalid descriptor: " + e);
            continue;
          }
          if (d == null || safe(check::codec).isEmpty()) {
            refuse("descriptors", "check " + name + " of pack " + cls + " has no " + (d == null ? "descriptor" : "codec"));
            continue;
          }
          if (!CheckDescriptor.ID_PATTERN.matcher(d.id()).matches()) {
            refuse("ids", "check id '" + d.id() + "' of " + name + " (pack " + cls + ") is malformed: lower-case dotted <pack>.<subject>.<defect>");
            continue;
          }
          if (!d.packPrefix().equals(id)) {
            refuse("ids", "check id '" + d.id() + "' of " + name + " must start with its pack's id '" + id + ".' (pack " + cls + ")");
            continue;
          }
          Object other = checkById.containsKey(d.id()) ? checkById.get(d.id()) : scopeById.putIfAbsent(d.id(), check);
          if (other != null) {
            refuse("ids", "check id '" + d.id() + "' is declared by both " + other.getClass().getName() + " and " + name);
            continue;
          }
          descriptorById.put(d.id(), d);
          ids.add(d.id());
        }
        return ids;
      }

      /** The pack's checks with their descriptors, in the pack's order; those that cannot be listed or described are problems. */
      private Map<Check, CheckDescriptor> checksOf(CheckPack pack, String id) {
        String cls = pack.getClass().getName();
        Map<Check, CheckDescriptor> out = new LinkedHashMap<>();
        List<Check> first;
        List<Check> second;
        try {
          first = pack.checks();
          second = pack.checks();
        } catch (RuntimeException | LinkageError e) {
          // A check class whose static descriptor is invalid fails to initialise when the pack creates it
          // (ExceptionInInitializerError, then NoClassDefFoundError on every later attempt).
          String culprit = failingCheckClass(e, pack.getClass().getClassLoader()).map(c -> " (check " + c + ")").orElse("");
          refuse("pack", "pack " + cls + " could not list its checks" + culprit + ": " + causes(e));
          return out;
        }
        if (first == null) {
          refuse("pack", "pack " + cls + ": checks() returns null");
          return out;
        }
        if (first.isEmpty() && safe(pack::inspectionChecks).map(List::isEmpty).orElse(true)) {
          advise("pack", "pack " + cls + ": checks() returns no checks");
        }
        boolean same = second != null && second.size() == first.size();
        for (int i = 0; same && i < first.size(); i++) {
          same = first.get(i) == second.get(i);
        }
        if (!same) {
          advise("pack", "pack " + cls + ": checks() returns other instances on each call: return the same ones (keep them in a constant)");
        }
        Map<Check, Boolean> seen = new IdentityHashMap<>();
        for (int i = 0; i < first.size(); i++) {
          Check check = first.get(i);
          if (check == null) {
            refuse("pack", "pack " + cls + ": checks() holds null at position " + i);
            continue;
          }
          String checkCls = check.getClass().getName();
          if (seen.put(check, true) != null) {
            refuse("pack", "pack " + cls + ": checks() lists the same " + checkCls + " instance twice");
            continue;
          }
          CheckDescriptor d;
          try {
            d = check.descriptor();
          } catch (RuntimeException | LinkageError e) {
            refuse("descriptors", "check " + checkCls + " of pack " + cls + " has an invalid descriptor: " + e);
            continue;
          }
          if (d == null) {
            refuse("descriptors", "check " + checkCls + " of pack " + cls + " has no descriptor: descriptor() returns null");
            continue;
          }
          if (safe(check::descriptor).orElse(null) != d) {
            advise("descriptors", d.id() + ": descriptor() returns a new object on each call; build it once (a static constant)");
          }
          for (RegulationRef r : d.regulations()) {
            if (r.title() == null || r.title().isBlank()) {
              advise("descriptors", d.id() + ": regulation reference " + r.code() + " has no title");
            }
          }
          out.put(check, d);
        }
        return out;
      }

      /** Every key the descriptors name, in both locales; the same keys and placeholders in both bundles. */
      private void messageItems(CheckPack pack, String packId, Collection<CheckDescriptor> described) {
        MessageCatalog catalog;
        try {
          catalog = MessageCatalog.of(List.of(pack), Map.of());
        } catch (RuntimeException e) {
          advise("messages", "the message bundles of pack " + packId + " cannot be read: " + e);
          return;
        }
        Map<String, Set<String>> shipped = catalog.shippedKeys().getOrDefault(packId, Map.of());
        Map<String, Set<String>> core = catalog.shippedKeys().getOrDefault("core", Map.of());
        String bundle = safe(pack::messageBundle).orElse("?");
        String pkg = pack.getClass().getPackageName();
        for (Locale l : MessageCatalog.SUPPORTED) {
          if (shipped.getOrDefault(MessageCatalog.bundleTag(l), Set.of()).isEmpty()) {
            advise("messages", "pack " + packId + " ships no " + l.toLanguageTag() + " messages: expected the UTF-8 file " + bundle + "_"
                + MessageCatalog.bundleTag(l) + ".properties beside its classes (in a named module, also `opens " + pkg + " to org.ducha.core;`)");
          }
        }
        Set<String> zh = shipped.getOrDefault(MessageCatalog.bundleTag(MessageCatalog.ZH_CN), Set.of());
        Set<String> en = shipped.getOrDefault(MessageCatalog.bundleTag(MessageCatalog.EN), Set.of());
        if (!zh.isEmpty() && !en.isEmpty()) {
          for (String k : zh) {
            if (!en.contains(k)) {
              advise("messages", "key " + k + " is in the zh-CN bundle but not in the en bundle");
            }
          }
          for (String k : en) {
            if (!zh.contains(k)) {
              advise("messages", "key " + k + " is in the en bundle but not in the zh-CN bundle");
            }
          }
        }
        for (CheckDescriptor d : described) {
          Map<String, String> own = new LinkedHashMap<>();
          own.put(d.messageKey(), "its finding message");
          own.put(d.titleKey(), "its title");
          for (Parameter<?> p : d.parameters()) {
            own.put(p.descriptionKey(), "the description of parameter " + p.name());
          }
          own.forEach((key, what) -> requireKey(catalog, shipped, core, d, key, what, false));
          requireKey(catalog, shipped, core, d, d.applicability().descriptionKey(), "its applicability", true);
          requireKey(catalog, shipped, core, d, d.group().titleKey(), "its group's heading", true);
        }
        Set<String> both = new TreeSet<>(zh);
        both.retainAll(en);
        for (String key : both) {
          Set<String> zhNames = placeholders(catalog.text(key, MessageCatalog.ZH_CN).orElse(""));
          Set<String> enNames = placeholders(catalog.text(key, MessageCatalog.EN).orElse(""));
          if (!zhNames.equals(enNames)) {
            advise("messages", "message " + key + " uses " + braces(zhNames) + " in zh-CN but " + braces(enNames) + " in en");
          }
        }
      }

      private void requireKey(MessageCatalog catalog, Map<String, Set<String>> shipped, Map<String, Set<String>> core,
          CheckDescriptor d, String key, String what, boolean coreMayHaveIt) {
        for (Locale l : MessageCatalog.SUPPORTED) {
          String tag = MessageCatalog.bundleTag(l);
          boolean present = shipped.getOrDefault(tag, Set.of()).contains(key)
              || (coreMayHaveIt && core.getOrDefault(tag, Set.of()).contains(key));
          String text = catalog.text(key, l).orElse("");
          if ((!present || text.isBlank()) && reported.add(key + "@" + l)) {
            advise("messages", d.id() + ": " + what + " (key " + key + ") has no " + l.toLanguageTag() + " text");
          }
        }
      }
    }
  }

  /** Whether {@link ServiceLoader} could create an instance of {@code c}: a provider method or a public no-argument constructor. */
  private static boolean serviceLoaderCanCreate(Class<?> c) {
    if (!Modifier.isPublic(c.getModifiers()) || (c.getEnclosingClass() != null && !Modifier.isStatic(c.getModifiers()))) {
      return false;
    }
    try {
      Method provider = c.getMethod("provider");
      if (Modifier.isStatic(provider.getModifiers()) && CheckPack.class.isAssignableFrom(provider.getReturnType())) {
        return true;
      }
    } catch (NoSuchMethodException e) {
      // no provider method: needs the constructor
    }
    try {
      return Modifier.isPublic(c.getConstructor().getModifiers()) && !Modifier.isAbstract(c.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The names of the placeholders in {@code text}, sorted. */
  static Set<String> placeholders(String text) {
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

  private static <T> Optional<T> safe(Supplier<T> s) {
    try {
      return Optional.ofNullable(s.get());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
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
}
