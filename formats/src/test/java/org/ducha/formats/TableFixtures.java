package org.ducha.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ducha.engine.CheckOutcome;
import org.ducha.engine.InputProblem;
import org.ducha.engine.InspectionReport;
import org.ducha.engine.InspectionStatus;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.OutcomeStatus;
import org.ducha.finding.Finding;
import org.ducha.finding.Group;
import org.ducha.finding.Severity;
import org.ducha.finding.Subject;
import org.ducha.finding.SubjectKind;
import org.ducha.model.Inspection;
import org.ducha.report.ProblemGrouping;
import org.ducha.tracking.Baseline;
import org.ducha.tracking.TrackedReport;
import org.ducha.tracking.Tracker;

/**
 * Reports for the problem-table tests: findings of several groups and severities (one item per group), an institution
 * with nothing found and one not inspected; and a follow-up of it, compared with an earlier inspection.
 */
final class TableFixtures {
  static final LocalDate APRIL = LocalDate.of(2022, 4, 24);
  static final LocalDate SEPTEMBER = LocalDate.of(2022, 9, 20);
  static final String CHECK = "demo.room.listed";

  final Inspector inspector = Inspector.builder().discoverPacks(false).addPacks(new WritersTest.RoomsPack()).build();

  static Finding room(String institution, String id, Group group, Severity severity) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("room", id);
    args.put("ratio", new BigDecimal("1.25"));
    return new Finding(CHECK, severity, group, institution, Subject.of(SubjectKind.ROOM, id, "房间" + id), CHECK, args,
        Map.of(), List.of(), null);
  }

  static InstitutionReport institution(String id, String name, LocalDate day, Finding... findings) {
    return new InstitutionReport(id, name, id.equals("a"), Optional.of(day), InspectionStatus.INSPECTED, List.of(findings),
        List.of(new CheckOutcome(CHECK, findings.length == 0 ? OutcomeStatus.PASS : OutcomeStatus.FAIL, findings.length,
            Optional.empty(), Optional.empty())),
        List.of());
  }

  static InstitutionReport notInspected(String id, String name) {
    return InstitutionReport.notInspected(id, name, false, Optional.empty(),
        List.of(InputProblem.of("name", "", "must not be blank").at(id + ".yaml", 3, 4)));
  }

  InspectionReport inspection(String id, String name, LocalDate day, InstitutionReport... institutions) {
    Inspection i = new Inspection(id, name, "某市应急管理局", Optional.empty(), day.minusDays(5), day, List.of("a", "b"), List.of());
    return inspector.report(Optional.of(i), List.of(institutions));
  }

  /** 甲机构 with an archive item (a critical and a minor finding) and a facilities item (a major one); 乙 clean; 丙 unread. */
  InspectionReport plain() {
    return inspection("april", "首次检查", APRIL,
        institution("a", "甲机构", APRIL, room("a", "r1", Group.FACILITIES, Severity.MAJOR), room("a", "r2", Group.ARCHIVE, Severity.CRITICAL),
            room("a", "r3", Group.ARCHIVE, Severity.MINOR)),
        institution("b", "乙机构", APRIL),
        notInspected("c", "丙机构"));
  }

  /**
   * The follow-up: 甲机构 still has r1 and r2, r3 is gone and r4 is new; 乙机构 has no finding left of its r9; 丁机构, of
   * the earlier inspection only, had r7.
   */
  TrackedReport followUp() {
    InspectionReport first = inspection("april", "首次检查", APRIL,
        institution("a", "甲机构", APRIL, room("a", "r1", Group.FACILITIES, Severity.MAJOR), room("a", "r2", Group.ARCHIVE, Severity.CRITICAL),
            room("a", "r3", Group.ARCHIVE, Severity.MINOR)),
        institution("b", "乙机构", APRIL, room("b", "r9", Group.FACILITIES, Severity.MAJOR)),
        institution("d", "丁机构", APRIL, room("d", "r7", Group.STAFFING, Severity.MINOR)));
    InspectionReport second = inspection("september", "回头看", SEPTEMBER,
        institution("a", "甲机构", SEPTEMBER, room("a", "r1", Group.FACILITIES, Severity.MAJOR), room("a", "r2", Group.ARCHIVE, Severity.CRITICAL),
            room("a", "r4", Group.ARCHIVE, Severity.MINOR)),
        institution("b", "乙机构", SEPTEMBER));
    return Tracker.builder().build().track(Baseline.of(first), second);
  }

  /** The context of the demo pack in {@code locale}, one item per group. */
  ReportContext context(Locale locale) {
    return new ReportContext(inspector.messages(), locale, ProblemGrouping.byGroup()).withLocale(locale);
  }
}
