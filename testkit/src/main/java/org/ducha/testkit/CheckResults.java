package org.ducha.testkit;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Finding;

/**
 * What a {@link CheckTester} run gave: the institution's report, with the messages of the packs that made it,
 * so that findings can be read as text, printed with {@link #debug()} and asserted on with {@link #assertThat()}.
 *
 * <pre>{@code
 * CheckResults results = CheckTester.forPack(new ShanxiPack()).execute(institution);
 * results.debug();                                   // prints outcomes and findings in zh-CN and en
 * results.assertThat().hasFinding("shanxi.class.too-large").times(1);
 * }</pre>
 */
public final class CheckResults {
  private final InstitutionReport report;
  private final MessageCatalog messages;

  CheckResults(InstitutionReport report, MessageCatalog messages) {
    this.report = report;
    this.messages = messages;
  }

  /** The report. */
  public InstitutionReport report() {
    return report;
  }

  /** Every finding, in report order. */
  public List<Finding> findings() {
    return report.findings();
  }

  /** The findings of {@code checkId}, in report order; may be empty. */
  public List<Finding> findings(String checkId) {
    return report.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
  }

  /** The messages of the packs that ran, with their texts in both languages. */
  public MessageCatalog messages() {
    return messages;
  }

  /** The text of {@code finding} in {@code locale}, as a report would print it. */
  public String message(Finding finding, Locale locale) {
    return messages.message(finding, locale);
  }

  /** The texts of every finding in {@code locale}, in report order. */
  public List<String> messages(Locale locale) {
    return report.findings().stream().map(f -> messages.message(f, locale)).toList();
  }

  /** Everything the report holds as text: every outcome, every finding in both languages, fingerprints. */
  public String describe() {
    return ReportText.full(report, Optional.of(messages));
  }

  /** Prints {@link #describe()} to standard output. */
  public CheckResults debug() {
    return debug(System.out);
  }

  /** Prints {@link #describe()} to {@code out}. */
  public CheckResults debug(PrintStream out) {
    out.print(describe());
    out.flush();
    return this;
  }

  /** Assertions over the report whose failure messages show each finding's text. */
  public InstitutionReportAssert assertThat() {
    return new InstitutionReportAssert(report, Optional.of(messages), Optional.empty());
  }

  @Override
  public String toString() {
    return describe();
  }
}
