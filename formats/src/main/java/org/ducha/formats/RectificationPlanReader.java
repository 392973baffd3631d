package org.ducha.formats;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InvalidRecordsException;
import org.ducha.tracking.FindingRef;
import org.ducha.tracking.PlanEntry;
import org.ducha.tracking.RectificationPlan;

/**
 * Reads a rectification plan (整改方案) for the findings of an earlier inspection, YAML or JSON:
 *
 * <pre>
 * inspection: jincheng-2022            # the inspection it answers (for people; not checked)
 * overdueSeverityStep: 1               # levels an overdue finding is raised (0 to 3; default 1)
 * items:
 *   - institution: huagang-power       # the finding: check, institution and subject key …
 *     check: governance.rules.not-issued
 *     subject: institution:huagang-power
 *     responsible: 张三                  # who is responsible (责任人)
 *     deadline: 2022-07-31             # the last day for the rectification (整改期限)
 *     measures: 以正式文件印发培训管理制度  # optional
 *   - fingerprint: 3f2a9c0d1e4b5a67    # … or its fingerprint, as reports show it
 *     responsible: 李四
 *     deadline: 2022-08-31
 *   - institution: huagang-power       # check and institution alone: every finding of the check there
 *     check: archive.head-teacher-log.missing
 *     responsible: 王五
 *     deadline: 2022-07-31
 * </pre>
 *
 * Every problem is reported at once, with file, line, column and path: unknown fields, malformed dates, an item
 * naming no finding or naming it by half, a fingerprint that is not that of check, institution and subject,
 * two items for the same findings, a missing responsible person or deadline. (See {@link FindingRef}.)
 */
public final class RectificationPlanReader {
  private RectificationPlanReader() {}

  /** The file's shape. */
  record PlanFile(String inspection, Integer overdueSeverityStep, List<Item> items) {}

  /** One item of the file. */
  record Item(String fingerprint, String check, String institution, String subject, String responsible, LocalDate deadline, String measures) {}

  /** Reads {@code file}; throws {@link InvalidRecordsException} listing every problem. */
  public static RectificationPlan read(Path file) {
    return read(TrackingFiles.content(file, "rectification plan"), TrackingFiles.format(file), file.toString());
  }

  /** Reads a plan document from {@code content}, naming {@code source} in problems. */
  public static RectificationPlan read(byte[] content, DataFormat format, String source) {
    Parsed<PlanFile> parsed = DocumentReader.read(content, format, source, PlanFile.class, RectificationPlanReader::validate);
    if (!parsed.ok()) {
      throw new InvalidRecordsException("rectification plan " + source, parsed.problems());
    }
    PlanFile f = parsed.value().get();
    List<PlanEntry> entries = new ArrayList<>();
    for (Item i : f.items()) {
      FindingRef ref = TrackingFiles.ref("", i.fingerprint(), i.check(), i.institution(), i.subject(), new ArrayList<>()).orElseThrow();
      entries.add(new PlanEntry(ref, i.responsible().strip(), i.deadline(), Optional.ofNullable(i.measures())));
    }
    return new RectificationPlan(entries, f.overdueSeverityStep() == null ? RectificationPlan.DEFAULT_OVERDUE_STEP : f.overdueSeverityStep());
  }

  private static List<InputProblem> validate(PlanFile f) {
    List<InputProblem> out = new ArrayList<>();
    if (f.overdueSeverityStep() != null && (f.overdueSeverityStep() < 0 || f.overdueSeverityStep() > 3)) {
      out.add(TrackingFiles.keep(InputProblem.of("overdueSeverityStep", f.overdueSeverityStep(), "must be 0 to 3 (severity levels an overdue finding is raised)"), "tracking.plan.step"));
    }
    if (f.items() == null) {
      out.add(TrackingFiles.keep(InputProblem.of("items", "", "missing: list the plan's items (an empty list is allowed)"), "tracking.plan.items"));
      return out;
    }
    Map<String, String> seen = TrackingFiles.seen();
    for (int n = 0; n < f.items().size(); n++) {
      String path = "items[" + n + "]";
      Item i = f.items().get(n);
      if (i == null) {
        out.add(TrackingFiles.keep(InputProblem.of(path, "null", "must be an item"), "tracking.plan.null"));
        continue;
      }
      TrackingFiles.ref(path, i.fingerprint(), i.check(), i.institution(), i.subject(), out)
          .ifPresent(ref -> TrackingFiles.unique(seen, ref, path, out));
      if (TrackingFiles.blank(i.responsible())) {
        out.add(TrackingFiles.keep(InputProblem.of(path + ".responsible", i.responsible(), "missing: every item names a responsible person (责任人)"), "tracking.plan.responsible"));
      }
      if (i.deadline() == null) {
        out.add(TrackingFiles.keep(InputProblem.of(path + ".deadline", "", "missing: every item has a deadline (整改期限), YYYY-MM-DD"), "tracking.plan.deadline"));
      }
    }
    return out;
  }
}
