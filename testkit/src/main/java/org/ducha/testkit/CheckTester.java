package org.ducha.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ducha.check.Campaigns;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.engine.Catalogue;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.PackInfo;
import org.ducha.engine.Profile;
import org.ducha.finding.Finding;
import org.ducha.model.Institution;

/**
 * Runs packs, one pack or one check through the real {@link Inspector} on fixtures, as production does: the
 * packs {@link java.util.ServiceLoader} finds ({@link #discovered()}) or packs given by hand
 * ({@link #forPack}). The 2021–2022 campaign is on unless {@link #withoutCampaign()} turns it off.
 *
 * <pre>{@code
 * CheckTester tester = CheckTester.forPack(new ShanxiPack()).only("shanxi.class.too-large");
 * CheckResults results = tester.execute(institution);
 * results.debug();                                         // print what it found
 * assertThat(results).hasFinding("shanxi.class.too-large").times(1).forSubjectId("c-lv-2022-03");
 * }</pre>
 *
 * <p>A tester is a builder: configure it, then {@link #execute} or {@link #inspect} any number of
 * institutions. Not thread-safe while being configured; the inspector it builds is.
 */
public final class CheckTester {
  private final List<CheckPack> packs;
  private final boolean discover;
  private final Set<String> only = new TreeSet<>();
  private String onlyPack;
  private final Map<String, Map<String, Object>> parameters = new TreeMap<>();
  private final Set<String> campaigns = new TreeSet<>(Set.of(Campaigns.ZOUGUOCHANG_2021));
  private Inspector inspector;

  private CheckTester(List<CheckPack> packs, boolean discover) {
    this.packs = packs;
    this.discover = discover;
  }

  /** A tester of the given packs, added by hand (discovery off). The campaign of 2021–2022 is on. */
  public static CheckTester forPack(CheckPack... packs) {
    checkArgument(packs.length > 0, "name at least one pack");
    return new CheckTester(List.of(packs), false);
  }

  /**
   * A tester of every pack {@link java.util.ServiceLoader} finds on the class path (or module path), exactly as
   * the {@code Inspector} loads them in production. The campaign of 2021–2022 is on.
   */
  public static CheckTester discovered() {
    return new CheckTester(List.of(), true);
  }

  /** Runs only the checks {@code checkIds} (the others are disabled); fails on the first run if one is unknown. */
  public CheckTester only(String... checkIds) {
    only.clear();
    only.addAll(List.of(checkIds));
    inspector = null;
    return this;
  }

  /** Runs only the checks of the pack {@code packId}; fails on the first run if no such pack is loaded. */
  public CheckTester onlyPack(String packId) {
    onlyPack = checkNotNull(packId, "packId");
    inspector = null;
    return this;
  }

  /** Sets a profile parameter of a check: a value of its type, a number, or a string to parse. */
  public CheckTester parameter(String checkId, String name, Object value) {
    parameters.computeIfAbsent(checkId, k -> new LinkedHashMap<>()).put(name, value);
    inspector = null;
    return this;
  }

  /** Turns on the duties of campaign {@code campaignId}. */
  public CheckTester campaign(String campaignId) {
    campaigns.add(checkNotNull(campaignId, "campaignId"));
    inspector = null;
    return this;
  }

  /** Turns the 2021–2022 campaign off (it is on by default here). */
  public CheckTester withoutCampaign() {
    campaigns.remove(Campaigns.ZOUGUOCHANG_2021);
    inspector = null;
    return this;
  }

  private Inspector.Builder base() {
    return Inspector.builder().discoverPacks(discover).addPacks(packs.toArray(CheckPack[]::new));
  }

  /** The inspector this tester uses, built on first use after a change. */
  public Inspector inspector() {
    if (inspector != null) {
      return inspector;
    }
    Profile.Builder profile = Profile.builder("test");
    campaigns.forEach(profile::campaign);
    parameters.forEach((check, values) -> values.forEach((name, value) -> profile.parameter(check, name, value)));
    if (!only.isEmpty() || onlyPack != null) {
      // The catalogue alone gives the ids: no inspector is built to learn them.
      Catalogue all = Catalogue.loader().discoverPacks(discover).addPacks(packs).load().orThrow();
      Set<String> known = new TreeSet<>(all.checks().keySet());
      known.addAll(all.inspectionChecks().keySet());
      for (String id : only) {
        checkArgument(known.contains(id), "no check with id %s; the loaded checks are %s", id, known);
      }
      if (onlyPack != null) {
        checkArgument(all.packInfos().stream().anyMatch(p -> p.id().equals(onlyPack)),
            "no pack with id %s; the loaded packs are %s", onlyPack, all.packInfos().stream().map(PackInfo::id).toList());
      }
      for (CheckDescriptor d : all.descriptors()) {
        boolean wanted = (only.isEmpty() || only.contains(d.id())) && (onlyPack == null || d.packPrefix().equals(onlyPack));
        if (!wanted) {
          profile.disable(d.id());
        }
      }
    }
    inspector = base().profile(profile.build()).build();
    return inspector;
  }

  /** Inspects {@code institution}: its report, with the messages to read and print it. */
  public CheckResults execute(Institution institution) {
    Inspector i = inspector();
    return new CheckResults(i.inspect(institution), i.messages());
  }

  /** Inspects {@code institution}. */
  public InstitutionReport inspect(Institution institution) {
    return inspector().inspect(institution);
  }

  /**
   * Inspects {@code institutions} together in one run, as {@code ducha inspect} does with a folder: the
   * inspection-scope checks see them all. The report lists them in the given order.
   */
  public InspectionReport inspectTogether(Institution... institutions) {
    return inspector().inspect(Optional.empty(), Stream.of(institutions));
  }

  /** Inspects {@code institutions} together in one run: each one's results, by institution id, in the given order. */
  public Map<String, CheckResults> executeTogether(Institution... institutions) {
    Inspector i = inspector();
    Map<String, CheckResults> out = new LinkedHashMap<>();
    for (InstitutionReport r : inspectTogether(institutions).institutions()) {
      out.put(r.institutionId(), new CheckResults(r, i.messages()));
    }
    return out;
  }

  /** Renders every finding of {@code report} in {@code locale}, one per line, for debugging. */
  public String debug(InstitutionReport report, Locale locale) {
    MessageCatalog m = inspector().messages();
    StringBuilder sb = new StringBuilder();
    for (Finding f : report.findings()) {
      sb.append(f.checkId()).append(" [").append(f.subject().key()).append("] ").append(m.message(f, locale)).append('\n');
    }
    return sb.toString();
  }
}
