package org.ducha.testkit;

import java.util.List;
import java.util.Locale;
import org.ducha.check.Campaigns;
import org.ducha.check.CheckDescriptor;
import org.ducha.check.CheckPack;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.Profile;
import org.ducha.finding.Finding;
import org.ducha.model.Institution;

/**
 * Runs one pack, or one check of it, through the real {@link Inspector} on fixtures, as production does.
 *
 * <pre>{@code
 * InstitutionReport r = CheckTester.forPack(new ArchivePack()).only("archive.not-bound").inspect(institution);
 * DuchaAssertions.assertThat(r).hasFinding("archive.not-bound").forSubjectId("c1");
 * }</pre>
 */
public final class CheckTester {
  private final List<CheckPack> packs;
  private final boolean discover;
  private String only;
  private Profile.Builder profile = Profile.builder("test").campaign(Campaigns.ZOUGUOCHANG_2021);

  private CheckTester(List<CheckPack> packs, boolean discover) {
    this.packs = packs;
    this.discover = discover;
  }

  /** A tester of the given packs, added by hand (discovery off). The campaign of 2021–2022 is on. */
  public static CheckTester forPack(CheckPack... packs) {
    return new CheckTester(List.of(packs), false);
  }

  /** A tester of every pack {@link java.util.ServiceLoader} finds on the class path, as production loads them. */
  public static CheckTester discovered() {
    return new CheckTester(List.of(), true);
  }

  /** Runs only the check {@code checkId} (the others are disabled). */
  public CheckTester only(String checkId) {
    this.only = checkId;
    return this;
  }

  /** Sets a profile parameter of a check. */
  public CheckTester parameter(String checkId, String name, Object value) {
    profile.parameter(checkId, name, value);
    return this;
  }

  /** Turns the 2021–2022 campaign off (it is on by default here). */
  public CheckTester withoutCampaign() {
    Profile p = profile.build();
    Profile.Builder b = Profile.builder(p.name());
    p.disabledChecks().forEach(b::disable);
    p.parameters().forEach((c, m) -> m.forEach((n, v) -> b.parameter(c, n, v)));
    p.severities().forEach(b::severity);
    p.campaigns().stream().filter(c -> !c.equals(Campaigns.ZOUGUOCHANG_2021)).forEach(b::campaign);
    profile = b;
    return this;
  }

  /** The inspector this tester would use. */
  public Inspector inspector() {
    Inspector.Builder b = Inspector.builder().discoverPacks(discover).addPacks(packs.toArray(CheckPack[]::new));
    if (only != null) {
      Inspector all = Inspector.builder().discoverPacks(discover).addPacks(packs.toArray(CheckPack[]::new)).build();
      boolean known = all.catalogue().stream().anyMatch(d -> d.id().equals(only));
      if (!known) {
        throw new IllegalArgumentException("no check with id " + only + " in " + all.catalogue().stream().map(CheckDescriptor::id).toList());
      }
      for (CheckDescriptor d : all.catalogue()) {
        if (!d.id().equals(only)) {
          profile.disable(d.id());
        }
      }
    }
    return b.profile(profile.build()).build();
  }

  /** Inspects {@code institution}. */
  public InstitutionReport inspect(Institution institution) {
    return inspector().inspect(institution);
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
