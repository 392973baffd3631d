package org.ducha.checks.archive;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.MessageCatalog;
import org.ducha.finding.Finding;
import org.ducha.model.ArchiveVolume;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.AttendanceMethod;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.model.TrainingClass;
import org.ducha.testkit.CheckTester;
import org.ducha.testkit.Fixtures;
import org.ducha.testkit.Mutations;

/**
 * Ways to derive one-defect institutions from the clean fixture, named after the fixture's records.
 *
 * <p>The offline class {@value Fixtures#CLASS_OFFLINE} (低压电工初训班, 2022-03-07 to 2022-03-10, exams on 03-10)
 * plans six 4-hour lessons: l1 (03-07 08:30, 周伟), l2 (03-07 14:00, 吴敏), l3 (03-08 08:30, 周伟), l4 (03-08 14:00,
 * practical, 郑刚), l5 (03-09 08:30, practical, 郑刚), l6 (03-09 14:00, 吴敏); trainees tr-01 刘洋 … tr-05 何静. The
 * blended class {@value Fixtures#CLASS_BLENDED} (井下电气作业复训班, 2022-02-21 to 2022-02-23) plans m1 and m2 online
 * on 02-21, m3 (practical) and m4 offline on 02-22; trainees tr-11 马超, tr-12 罗敏, tr-13 梁宇.
 */
final class ArchiveScenarios {
  private ArchiveScenarios() {}

  static final LocalDate MARCH_7 = LocalDate.of(2022, 3, 7);
  static final LocalDate MARCH_8 = LocalDate.of(2022, 3, 8);
  static final LocalDate MARCH_9 = LocalDate.of(2022, 3, 9);

  static Institution clean() {
    return Fixtures.cleanInstitution();
  }

  /** The clean institution with the offline class changed by {@code change}. */
  static Institution offline(UnaryOperator<TrainingClass.Builder> change) {
    return Mutations.mapClass(clean(), Fixtures.CLASS_OFFLINE, c -> c.with(change));
  }

  /** The clean institution with the blended class changed by {@code change}. */
  static Institution blended(UnaryOperator<TrainingClass.Builder> change) {
    return Mutations.mapClass(clean(), Fixtures.CLASS_BLENDED, c -> c.with(change));
  }

  /** {@code inst} inspected on another day. */
  static Institution inspectedOn(Institution inst, LocalDate day) {
    return inst.with(b -> b.inspectedOn(day));
  }

  /** Removes every sheet line of {@code traineeId} for {@code lessonId} from the class being built. */
  static TrainingClass.Builder withoutLine(TrainingClass.Builder b, String traineeId, String lessonId) {
    b.attendance.removeIf(e -> e.traineeId().equals(traineeId) && e.lessonId().equals(lessonId));
    return b;
  }

  /** Removes the document {@code documentId} from the class being built and from its archive volumes. */
  static TrainingClass.Builder withoutDocument(TrainingClass.Builder b, String documentId) {
    b.documents.removeIf(d -> d.id().equals(documentId));
    b.archive.replaceAll(v -> new ArchiveVolume(v.id(), v.kind(), v.bound(),
        v.contents().stream().filter(x -> !x.equals(documentId)).toList()));
    return b;
  }

  /** Removes {@code traineeId}'s scores from every score sheet of the class being built. */
  static TrainingClass.Builder notExamined(TrainingClass.Builder b, String traineeId) {
    b.exams.replaceAll(s -> new ExamSession(s.id(), s.kind(), s.date(), s.examinerIds(),
        s.scores().stream().filter(sc -> !sc.traineeId().equals(traineeId)).toList(), s.scoreSheetSignedBy(), s.equipmentIds(),
        s.practicalExams()));
    return b;
  }

  /** Replaces the sheet line of {@code traineeId} for {@code lessonId} by {@code change} applied to it. */
  static TrainingClass.Builder mapLine(TrainingClass.Builder b, String traineeId, String lessonId,
      UnaryOperator<AttendanceEntry> change) {
    b.attendance.replaceAll(e -> e.traineeId().equals(traineeId) && e.lessonId().equals(lessonId) ? change.apply(e) : e);
    return b;
  }

  /** A line that bears a sign-in at {@code in} but no sign-out. */
  static AttendanceEntry signedInOnly(AttendanceEntry e) {
    return new AttendanceEntry(e.traineeId(), e.lessonId(), true, e.signInTime(), false, Optional.empty(), e.method());
  }

  /** A line that bears neither signature. */
  static AttendanceEntry blank(AttendanceEntry e) {
    return new AttendanceEntry(e.traineeId(), e.lessonId(), false, Optional.empty(), false, Optional.empty(), e.method());
  }

  /** A complete, hand-signed line with the given times. */
  static AttendanceEntry line(String traineeId, String lessonId, LocalTime in, LocalTime out) {
    return new AttendanceEntry(traineeId, lessonId, true, Optional.of(in), true, Optional.of(out), AttendanceMethod.SIGNATURE);
  }

  /** A one-day leave note of {@code traineeId}. */
  static LeaveNote leave(String traineeId, LocalDate day) {
    return new LeaveNote(traineeId, day, day, "病假", Optional.of(Fixtures.MANAGER_1));
  }

  /** The findings of {@code checkId} in {@code report}. */
  static List<Finding> findings(InstitutionReport report, String checkId) {
    return report.findings().stream().filter(f -> f.checkId().equals(checkId)).toList();
  }

  /** The only finding of {@code checkId} in {@code report}; fails if there is not exactly one. */
  static Finding only(InstitutionReport report, String checkId) {
    List<Finding> of = findings(report, checkId);
    if (of.size() != 1) {
      throw new AssertionError("expected exactly one finding of " + checkId + ", found " + of);
    }
    return of.get(0);
  }

  /** The finding's text in {@code locale}, as a report would print it. */
  static String text(CheckTester tester, Finding finding, Locale locale) {
    return tester.inspector().messages().message(finding, locale);
  }

  /** The finding's text in Chinese. */
  static String zh(CheckTester tester, Finding finding) {
    return text(tester, finding, MessageCatalog.ZH_CN);
  }
}
