package org.ducha.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;
import org.ducha.report.ProblemList;
import org.ducha.report.Summary;

/**
 * The texts of a problem list, shared by the Markdown and HTML writers so that both say the same: an item's
 * text (its findings' messages, inside its heading's brackets where it has one), an institution's remark, and
 * the summary's sentences.
 */
final class ProblemTexts {
  private final ReportContext ctx;

  ProblemTexts(ReportContext ctx) {
    this.ctx = ctx;
  }

  /** {@code 1、档案管理不规范（…；…）。} */
  String item(ProblemList.Item item) {
    List<String> messages = new ArrayList<>();
    for (Finding f : item.findings()) {
      String m = ctx.messages().message(f, ctx.locale());
      if (!messages.contains(m)) {
        messages.add(m);
      }
    }
    String body = String.join(ctx.text("report.item.separator"), messages);
    Optional<String> heading = ctx.messages().text("topic." + item.topic(), ctx.locale());
    String text = heading.map(h -> h + ctx.text("report.item.open") + body + ctx.text("report.item.close")).orElse(body);
    return ctx.text("report.item.number", "number", item.number()) + text + ctx.text("report.item.end");
  }

  /** {@code 兼考试点 检查日期：2022年4月24日}, and how many checks did not complete when some did not. */
  String remark(InstitutionReport r) {
    List<String> parts = new ArrayList<>();
    if (r.examSite()) {
      parts.add(ctx.text("report.remark.exam-site"));
    }
    r.inspectedOn().ifPresent(d -> parts.add(ctx.text("report.remark.date", "date", d)));
    long errors = errors(r).size();
    if (errors > 0) {
      parts.add(ctx.text("report.remark.incomplete", "count", errors));
    }
    return String.join(" ", parts);
  }

  /** The outcomes of the checks that did not complete on {@code r}, by check id. */
  static List<CheckOutcome> errors(InstitutionReport r) {
    return r.outcomes().stream().filter(o -> o.status() == OutcomeStatus.ERROR).toList();
  }

  /**
   * Why a check did not complete, for the report's reader: the kind of failure only ({@code 检查运行出错（抛出异常）},
   * {@code 检查超时未完成，已放弃}); the exception's class and message are for the check's author, in the JSON report
   * and on standard error.
   */
  String reason(CheckOutcome o) {
    CheckOutcome.ErrorKind kind = o.errorKind().orElse(CheckOutcome.ErrorKind.THREW);
    return ctx.text("report.error." + kind.name());
  }

  /** {@code archive.exam.hours-short：检查超时未完成，已放弃}. */
  String incomplete(CheckOutcome o) {
    return ctx.text("report.incomplete.item", "check", o.checkId(), "reason", reason(o));
  }

  /** The institutions on which some check did not complete, in list order. */
  static List<ProblemList.Entry> withErrors(ProblemList list) {
    return list.institutions().stream().filter(e -> !errors(e.report()).isEmpty()).toList();
  }

  /** The item lines of an institution; a single line saying why when it was not inspected or has no problems. */
  List<String> items(ProblemList.Entry e) {
    if (e.report().status() == InspectionStatus.NOT_INSPECTED) {
      return List.of(ctx.text("report.not-inspected", "count", e.report().problems().size()));
    }
    if (e.items().isEmpty()) {
      return List.of(ctx.text("report.no-problems"));
    }
    return e.items().stream().map(this::item).toList();
  }

  /** The title: the inspection's name, or a generic one. */
  String title(InspectionReport report) {
    return report.inspection().map(i -> ctx.text("report.title", "name", i.name())).orElse(ctx.text("report.generic-title"));
  }

  /** The summary's sentences, like part 一 of the notice. */
  List<String> summary(Summary s) {
    return summary(s, List.of());
  }

  /**
   * The summary's sentences, like part 一 of the notice; the first counts the institutions inspected and, when some
   * were not, how many were listed; a sentence says which checks did not complete on {@code incomplete}.
   */
  List<String> summary(Summary s, List<ProblemList.Entry> incomplete) {
    List<String> lines = new ArrayList<>();
    int notInspected = s.notInspected().size();
    if (notInspected == 0) {
      lines.add(ctx.text("report.summary.total", "institutions", s.institutions(), "items", s.items(), "findings", s.findings()));
    } else {
      lines.add(ctx.text("report.summary.total-partial", "listed", s.institutions(), "inspected", s.institutions() - notInspected,
          "notInspected", notInspected, "items", s.items(), "findings", s.findings()));
    }
    int i = 0;
    for (Summary.GroupLine g : s.groups()) {
      String group = ctx.messages().format(g.group().titleKey(), java.util.Map.of(), ctx.locale());
      lines.add(ctx.text("report.summary.group", "index", ordinal(++i), "group", group, "items", g.items(), "names", g.institutions()));
    }
    if (s.findings() == 0) {
      lines.add(ctx.text("report.summary.none"));
    }
    if (!s.notInspected().isEmpty()) {
      lines.add(ctx.text("report.summary.not-inspected", "names", s.notInspected()));
    }
    if (!incomplete.isEmpty()) {
      int count = incomplete.stream().mapToInt(e -> errors(e.report()).size()).sum();
      List<String> names = incomplete.stream().map(e -> e.report().institutionName()).toList();
      lines.add(ctx.text("report.summary.incomplete", "count", count, "names", names));
    }
    return lines;
  }

  /**
   * The notice's header, when the report names its inspection: issuing authority, 文号 (if any) and date (the
   * inspection's {@code issuedOn}, else its last day).
   */
  List<String> header(InspectionReport report) {
    if (report.inspection().isEmpty()) {
      return List.of();
    }
    var i = report.inspection().get();
    List<String> lines = new ArrayList<>();
    lines.add(ctx.text("report.header.authority", "authority", i.authority()));
    i.documentNumber().ifPresent(n -> lines.add(ctx.text("report.header.number", "number", n)));
    lines.add(ctx.text("report.header.date", "date", i.issuedOn().orElse(i.periodEnd())));
    return lines;
  }

  /** What 条 (a numbered item) and 处 (a finding) count. */
  String legend() {
    return ctx.text("report.legend");
  }

  private String ordinal(int n) {
    if (!ctx.locale().getLanguage().equals("zh")) {
      return String.valueOf(n);
    }
    String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    return n <= 10 ? digits[n] : String.valueOf(n);
  }
}
