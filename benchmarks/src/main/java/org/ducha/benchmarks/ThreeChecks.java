package org.ducha.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.ducha.check.CheckDescriptor;
import org.ducha.engine.InstitutionReport;
import org.ducha.engine.Inspector;
import org.ducha.engine.Profile;
import org.ducha.finding.Finding;

/**
 * The three representative checks measured three ways (Ducha's engine, {@link HandWritten}, {@link DroolsChecks}):
 * a trainee with scores but no signature ({@value #SCORE_WITHOUT_ATTENDANCE}), a trainee examined short of the
 * plan's hours ({@value #HOURS_SHORT}) and training staff who are also exam staff ({@value #STAFF_OVERLAP}). Each
 * implementation reports what it flags as {@link Flag}s, so that the three can be shown to do the same work.
 */
public final class ThreeChecks {
  private ThreeChecks() {}

  public static final String SCORE_WITHOUT_ATTENDANCE = "archive.exam.score-without-attendance";
  public static final String HOURS_SHORT = "archive.exam.hours-short";
  public static final String STAFF_OVERLAP = "staffing.training-exam-staff.overlap";
  public static final Set<String> IDS = Set.of(SCORE_WITHOUT_ATTENDANCE, HOURS_SHORT, STAFF_OVERLAP);

  /**
   * One thing flagged: a trainee of a class (subject {@code classId/traineeName}) or a member of staff (subject
   * {@code staffId}), by one check in one institution.
   */
  public record Flag(String checkId, String institutionId, String subject) implements Comparable<Flag> {
    @Override
    public int compareTo(Flag o) {
      int c = institutionId.compareTo(o.institutionId);
      if (c == 0) {
        c = checkId.compareTo(o.checkId);
      }
      return c != 0 ? c : subject.compareTo(o.subject);
    }

    static Flag trainee(String checkId, String institutionId, String classId, String traineeName) {
      return new Flag(checkId, institutionId, classId + "/" + traineeName);
    }
  }

  /** An inspector that runs only the three checks, with their default parameters, validating every institution. */
  public static Inspector engine(int parallelism) {
    return engine(parallelism, true);
  }

  /** An inspector that runs only the three checks; {@code validate}: whether it validates the records first. */
  public static Inspector engine(int parallelism, boolean validate) {
    return engine(parallelism, validate, Inspector.DEFAULT_CHECK_TIMEOUT);
  }

  /** An inspector that runs only the three checks, with {@code checkTimeout} per check ({@code Duration.ZERO}: none). */
  public static Inspector engine(int parallelism, boolean validate, java.time.Duration checkTimeout) {
    Profile.Builder p = Profile.builder("three-checks");
    for (CheckDescriptor d : Inspector.builder().build().catalogue()) {
      if (!IDS.contains(d.id())) {
        p.disable(d.id());
      }
    }
    return Inspector.builder().profile(p.build()).parallelism(parallelism).validateRecords(validate).checkTimeout(checkTimeout).build();
  }

  /** What the engine's findings of the three checks flag: the trainees or people their evidence names. */
  public static List<Flag> flags(InstitutionReport report) {
    List<Flag> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      switch (f.checkId()) {
        case SCORE_WITHOUT_ATTENDANCE, HOURS_SHORT -> {
          for (Object name : (Collection<?>) f.evidence().get("trainees")) {
            out.add(Flag.trainee(f.checkId(), f.institutionId(), f.subject().id(), (String) name));
          }
        }
        case STAFF_OVERLAP -> {
          for (Object id : (Collection<?>) f.evidence().get("staffIds")) {
            out.add(new Flag(f.checkId(), f.institutionId(), (String) id));
          }
        }
        default -> { }
      }
    }
    return out;
  }
}
