package org.ducha.formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.PackInfo;
import org.ducha.engine.Profile;
import org.ducha.finding.Finding;
import org.ducha.finding.Severity;
import org.ducha.model.Inspection;
import org.ducha.tracking.InstitutionTracking;
import org.ducha.tracking.PlanEntry;
import org.ducha.tracking.TrackedFinding;
import org.ducha.tracking.Tracking;
import org.ducha.tracking.TrackingState;
import org.ducha.tracking.Waiver;
import org.ducha.tracking.WaiverOutcome;

/**
 * The {@code tracking} section of a JSON report: the states of the report's findings, by fingerprint, and the
 * earlier findings that are gone (resolved, not rechecked) in full, since the report itself no longer has them.
 *
 * @param baseline the earlier inspection, when its report named one
 * @param institutions per institution
 * @param waivers what became of each waiver
 * @param unmatchedPlanEntries plan entries naming no earlier finding
 */
record TrackingDocument(Optional<Inspection> baseline, List<InstitutionDoc> institutions, List<WaiverOutcome> waivers,
    List<PlanEntry> unmatchedPlanEntries) {

  /** One institution's tracked findings. */
  record InstitutionDoc(String institutionId, String institutionName, List<FindingDoc> findings) {}

  /**
   * One tracked finding: a finding of the report by its fingerprint, or a gone one in full.
   */
  record FindingDoc(String fingerprint, TrackingState state, LocalDate firstSeen, int inspections, Optional<Severity> raisedFrom,
      Optional<PlanEntry> plan, Optional<Waiver> waiver, Optional<Waiver> expiredWaiver, Optional<Finding> finding) {}

  /**
   * The report as the JSON file holds it: the format's version, the report's own fields, then the tracking section.
   * {@code formatVersion} is null in a file written before the field existed (read as version 1).
   */
  record ReportDocument(Integer formatVersion, Optional<Inspection> inspection, List<InstitutionReport> institutions, Profile profile,
      List<PackInfo> packs, Optional<TrackingDocument> tracking) {

    static ReportDocument of(InspectionReport report, Optional<Tracking> tracking) {
      return new ReportDocument(JsonReportWriter.FORMAT_VERSION, report.inspection(), report.institutions(), report.profile(),
          report.packs(), tracking.map(TrackingDocument::of));
    }

    InspectionReport report() {
      List<InstitutionReport> restored = new ArrayList<>();
      for (InstitutionReport r : institutions == null ? List.<InstitutionReport>of() : institutions) {
        restored.add(new InstitutionReport(r.institutionId(), r.institutionName(), r.examSite(), r.inspectedOn(), r.status(),
            r.findings().stream().map(ReportDocument::restored).toList(), r.outcomes(), r.problems()));
      }
      return new InspectionReport(inspection, restored, profile, packs == null ? List.of() : packs);
    }

    /**
     * The finding with the dates and times of its message arguments and evidence restored: JSON writes them as text
     * ({@code 2021-05-06}, {@code 08:30}), and a message renders a date otherwise than text (2021年5月6日).
     */
    static Finding restored(Finding f) {
      return new Finding(f.checkId(), f.severity(), f.group(), f.institutionId(), f.subject(), f.messageKey(), restored(f.arguments()),
          restored(f.evidence()), f.regulations(), f.fingerprint());
    }

    private static Map<String, Object> restored(Map<String, Object> values) {
      Map<String, Object> out = new java.util.LinkedHashMap<>();
      values.forEach((k, v) -> out.put(k, restoredValue(v)));
      return out;
    }

    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern ISO_TIME = java.util.regex.Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");

    private static Object restoredValue(Object v) {
      if (v instanceof String s) {
        try {
          if (ISO_DATE.matcher(s).matches()) {
            return LocalDate.parse(s);
          }
          if (ISO_TIME.matcher(s).matches()) {
            return java.time.LocalTime.parse(s);
          }
        } catch (java.time.format.DateTimeParseException e) {
          return s;
        }
        return s;
      }
      if (v instanceof List<?> list) {
        return list.stream().map(ReportDocument::restoredValue).toList();
      }
      return v;
    }

    /** Problems with the file as a whole (a tracked finding naming no finding of the report, a gone one without its finding). */
    List<InputProblem> problems() {
      List<InputProblem> out = new ArrayList<>();
      if (formatVersion != null && (formatVersion < 1 || formatVersion > JsonReportWriter.FORMAT_VERSION)) {
        out.add(InputProblem.of("formatVersion", String.valueOf(formatVersion), "not a report format this version of Ducha reads"
            + " (it reads format " + JsonReportWriter.FORMAT_VERSION + ", and reports without formatVersion)"));
      }
      if (institutions == null) {
        out.add(TrackingFiles.keep(InputProblem.of("institutions", "", "missing"), "tracking.baseline.missing"));
      }
      if (profile == null) {
        out.add(TrackingFiles.keep(InputProblem.of("profile", "", "missing"), "tracking.baseline.missing"));
      }
      if (tracking.isEmpty() || institutions == null || tracking.get().institutions() == null) {
        return out;
      }
      Map<String, Finding> findings = findings(institutions);
      List<InstitutionDoc> docs = tracking.get().institutions();
      for (int i = 0; i < docs.size(); i++) {
        List<FindingDoc> fs = docs.get(i).findings() == null ? List.of() : docs.get(i).findings();
        for (int j = 0; j < fs.size(); j++) {
          FindingDoc f = fs.get(j);
          String path = "tracking.institutions[" + i + "].findings[" + j + "]";
          if (f.state() == null) {
            out.add(TrackingFiles.keep(InputProblem.of(path + ".state", "", "missing"), "tracking.baseline.missing"));
          } else if (f.state().current() && !findings.containsKey(f.fingerprint())) {
            out.add(TrackingFiles.keep(InputProblem.of(path + ".fingerprint", f.fingerprint(), "no finding of the report has this fingerprint"), "tracking.baseline.fingerprint"));
          } else if (!f.state().current() && f.finding().isEmpty()) {
            out.add(TrackingFiles.keep(InputProblem.of(path + ".finding", "", "missing: a " + f.state() + " finding is written in full"), "tracking.baseline.finding", f.state()));
          }
          if (f.firstSeen() == null) {
            out.add(TrackingFiles.keep(InputProblem.of(path + ".firstSeen", "", "missing"), "tracking.baseline.missing"));
          }
        }
      }
      return out;
    }

    /** The tracking, with the report's findings joined in; call only when {@link #problems()} is empty. */
    Optional<Tracking> toTracking() {
      if (tracking.isEmpty()) {
        return Optional.empty();
      }
      Map<String, Finding> findings = findings(report().institutions());
      List<InstitutionTracking> list = new ArrayList<>();
      for (InstitutionDoc d : tracking.get().institutions()) {
        List<TrackedFinding> tracked = new ArrayList<>();
        for (FindingDoc f : d.findings() == null ? List.<FindingDoc>of() : d.findings()) {
          Finding finding = f.state().current() ? findings.get(f.fingerprint()) : restored(f.finding().get());
          tracked.add(new TrackedFinding(finding, f.state(), f.firstSeen(), f.inspections(), f.raisedFrom(), f.plan(), f.waiver(), f.expiredWaiver()));
        }
        list.add(new InstitutionTracking(d.institutionId(), d.institutionName(), tracked));
      }
      TrackingDocument t = tracking.get();
      return Optional.of(new Tracking(t.baseline(), list, t.waivers() == null ? List.of() : t.waivers(),
          t.unmatchedPlanEntries() == null ? List.of() : t.unmatchedPlanEntries()));
    }

    private static Map<String, Finding> findings(List<InstitutionReport> institutions) {
      Map<String, Finding> out = new HashMap<>();
      institutions.forEach(r -> r.findings().forEach(f -> out.putIfAbsent(f.fingerprint(), f)));
      return out;
    }
  }

  static TrackingDocument of(Tracking t) {
    List<InstitutionDoc> institutions = new ArrayList<>();
    for (InstitutionTracking i : t.institutions()) {
      List<FindingDoc> findings = new ArrayList<>();
      for (TrackedFinding f : i.findings()) {
        findings.add(new FindingDoc(f.fingerprint(), f.state(), f.firstSeen(), f.inspections(), f.raisedFrom(), f.plan(), f.waiver(),
            f.expiredWaiver(), f.state().current() ? Optional.empty() : Optional.of(f.finding())));
      }
      institutions.add(new InstitutionDoc(i.institutionId(), i.institutionName(), findings));
    }
    return new TrackingDocument(t.baseline(), institutions, t.waivers(), t.unmatchedPlanEntries());
  }
}
