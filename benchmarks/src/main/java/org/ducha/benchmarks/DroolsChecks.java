package org.ducha.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.ducha.benchmarks.ThreeChecks.Flag;
import org.ducha.benchmarks.rules.ClassFact;
import org.ducha.benchmarks.rules.ExamSiteFact;
import org.ducha.benchmarks.rules.ExaminerFact;
import org.ducha.benchmarks.rules.FlagSink;
import org.ducha.benchmarks.rules.LeaveFact;
import org.ducha.benchmarks.rules.LessonFact;
import org.ducha.benchmarks.rules.RosterFact;
import org.ducha.benchmarks.rules.ScoreFact;
import org.ducha.benchmarks.rules.SignFact;
import org.ducha.benchmarks.rules.StaffFact;
import org.ducha.benchmarks.rules.TraineeFact;
import org.ducha.model.AttendanceEntry;
import org.ducha.model.ExamScore;
import org.ducha.model.ExamSession;
import org.ducha.model.Institution;
import org.ducha.model.LeaveNote;
import org.ducha.model.Lesson;
import org.ducha.model.Roster;
import org.ducha.model.RosterEntry;
import org.ducha.model.StaffMember;
import org.ducha.model.Trainee;
import org.ducha.model.TrainingClass;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;

/**
 * The three representative checks as Drools rules ({@code three-checks.drl}, compiled once): each institution's
 * records are inserted as facts into a new session, the rules fire, and the session is disposed of. The time of
 * making the facts is part of the cost, as it would be for a host using Drools.
 */
public final class DroolsChecks {
  private static final String DRL = "org/ducha/benchmarks/rules/three-checks.drl";
  private static final int EXAMINER_WINDOW_MONTHS = 12;

  private final KieBase base;

  /** Compiles the rules; fails with the compiler's messages if they do not compile. */
  public DroolsChecks() {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem files = ks.newKieFileSystem();
    files.write("src/main/resources/" + DRL, read(DRL));
    KieBuilder builder = ks.newKieBuilder(files).buildAll();
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException("the rules do not compile: " + builder.getResults().getMessages());
    }
    this.base = ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
  }

  /** What the rules flag in {@code institution}. */
  public List<Flag> inspect(Institution institution) {
    KieSession session = base.newKieSession();
    try {
      FlagSink sink = new FlagSink(institution.id());
      session.setGlobal("sink", sink);
      insertFacts(institution, session);
      session.fireAllRules();
      return sink.flags();
    } finally {
      session.dispose();
    }
  }

  private static void insertFacts(Institution institution, KieSession session) {
    LocalDate date = institution.inspectedOn();
    for (TrainingClass c : institution.classes()) {
      String ck = c.id();
      String prefix = ck + "/";
      long planned = 0;
      java.util.Map<String, Lesson> byId = new java.util.HashMap<>();
      for (Lesson l : c.lessons()) {
        long hours = ClassHourClock.units(l.hours());
        planned += hours;
        byId.putIfAbsent(l.id(), l);
        session.insert(new LessonFact(ck, prefix + l.id(), hours, l.date().toEpochDay(), l.date().isBefore(date),
            ClassHourClock.compressed(l, date)));
      }
      session.insert(new ClassFact(ck, planned));
      for (Trainee t : c.trainees()) {
        session.insert(new TraineeFact(ck, prefix + t.id(), t.name()));
      }
      for (AttendanceEntry e : c.attendance()) {
        Lesson l = byId.get(e.lessonId());
        session.insert(new SignFact(prefix + e.traineeId(), prefix + e.lessonId(), e.signedIn(), e.signedOut(),
            l == null ? 0 : ClassHourClock.earned(e, l, date)));
      }
      for (ExamSession s : c.exams()) {
        for (ExamScore sc : s.scores()) {
          session.insert(new ScoreFact(prefix + sc.traineeId()));
        }
      }
      for (LeaveNote n : c.leaveNotes()) {
        session.insert(new LeaveFact(prefix + n.traineeId(), n.from().toEpochDay(), n.to().toEpochDay()));
      }
    }
    if (institution.operatesExamSite()) {
      session.insert(new ExamSiteFact());
    }
    for (StaffMember s : institution.staff()) {
      session.insert(new StaffFact(s.id(), s.employedOn(date)));
    }
    for (Roster r : institution.rosters()) {
      for (RosterEntry e : r.entries()) {
        session.insert(new RosterFact(r.type().name(), e.staffId(), e.role().name()));
      }
    }
    LocalDate from = date.minusMonths(EXAMINER_WINDOW_MONTHS);
    for (TrainingClass c : institution.classes()) {
      for (ExamSession s : c.exams()) {
        boolean inWindow = s.date().isAfter(from) && !s.date().isAfter(date);
        for (String examiner : s.examinerIds()) {
          session.insert(new ExaminerFact(examiner, inWindow));
        }
      }
    }
  }


  private static String read(String resource) {
    try (InputStream in = DroolsChecks.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
