package org.ducha.testkit;

import java.util.Optional;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;

/** How the test kit prints reports and findings in failure messages and {@code debug()} output. */
final class ReportText {
  private ReportText() {}

  /**
   * One finding on one line: check, severity, subject key and label, the rendered message (when the messages
   * are known), arguments and evidence.
   */
  static String finding(Finding f, Optional<MessageCatalog> messages) {
    StringBuilder sb = new StringBuilder();
    sb.append(f.checkId()).append(' ').append(f.severity()).append(" [").append(f.subject().key()).append("] ")
        .append(f.subject().fullLabel());
    messages.ifPresent(m -> sb.append(": ").append(m.message(f, MessageCatalog.ZH_CN)));
    if (!f.messageKey().equals(f.checkId())) {
      sb.append(" (message ").append(f.messageKey()).append(')');
    }
    if (!f.arguments().isEmpty()) {
      sb.append(" args ").append(f.arguments());
    }
    if (!f.evidence().isEmpty()) {
      sb.append(" evidence ").append(f.evidence());
    }
    return sb.toString();
  }

  /** What a report holds, for failure messages: findings, or why it holds none. Lines indented by two spaces. */
  static String seen(InstitutionReport r, Optional<MessageCatalog> messages) {
    StringBuilder sb = new StringBuilder();
    switch (r.status()) {
      case NOT_INSPECTED -> {
        sb.append("the institution ").append(r.institutionId()).append(" was NOT inspected; its records have ")
            .append(r.problems().size()).append(" problem(s):");
        for (InputProblem p : r.problems()) {
          sb.append("\n  ").append(p);
        }
        return sb.toString();
      }
      case INSPECTED -> {
        if (r.findings().isEmpty()) {
          sb.append("the report holds no findings");
        } else {
          sb.append("the report holds ").append(r.findings().size()).append(" finding(s):");
          for (Finding f : r.findings()) {
            sb.append("\n  ").append(finding(f, messages));
          }
        }
      }
    }
    for (CheckOutcome o : r.outcomes()) {
      if (o.status() == OutcomeStatus.ERROR) {
        sb.append("\n  ERROR ").append(o.checkId()).append(": ").append(o.detail().orElse(""));
      }
    }
    return sb.toString();
  }

  /** Everything about a report: institution, every outcome, every finding in both languages (when known). */
  static String full(InstitutionReport r, Optional<MessageCatalog> messages) {
    StringBuilder sb = new StringBuilder();
    sb.append("Report of ").append(r.institutionId()).append(" (").append(r.institutionName()).append(')')
        .append(r.inspectedOn().map(d -> " inspected on " + d).orElse("")).append(": ").append(r.status()).append('\n');
    for (InputProblem p : r.problems()) {
      sb.append("  problem ").append(p).append('\n');
    }
    if (!r.outcomes().isEmpty()) {
      sb.append("Outcomes (").append(r.outcomes().size()).append("):\n");
      for (CheckOutcome o : r.outcomes()) {
        sb.append("  ").append(o.status()).append(' ').append(o.checkId());
        if (o.status() == OutcomeStatus.FAIL) {
          sb.append(" (").append(o.findings()).append(" finding(s))");
        }
        o.detail().ifPresent(d -> sb.append(": ").append(d));
        sb.append('\n');
      }
    }
    sb.append("Findings (").append(r.findings().size()).append("):\n");
    for (Finding f : r.findings()) {
      sb.append("  ").append(finding(f, Optional.empty())).append('\n');
      messages.ifPresent(m -> {
        for (var locale : MessageCatalog.SUPPORTED) {
          sb.append("    ").append(locale.toLanguageTag()).append(": ").append(m.message(f, locale)).append('\n');
        }
      });
      sb.append("    fingerprint ").append(f.fingerprint()).append('\n');
    }
    return sb.toString();
  }
}
